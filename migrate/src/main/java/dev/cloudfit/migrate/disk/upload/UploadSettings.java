package dev.cloudfit.migrate.disk.upload;

import java.nio.file.Path;

/**
 * How {@code disk upload} runs.
 *
 * @param parallel requests in flight at once (each holds one 4 MiB buffer)
 * @param retry how passing failures are retried
 * @param verify whether the blob is read back and compared after the upload
 * @param journal the resume journal's file
 */
public record UploadSettings(int parallel, RetryPolicy retry, boolean verify, Path journal) {

    /** Requests in flight unless told otherwise. */
    public static final int DEFAULT_PARALLEL = 4;
    public static final int MAX_PARALLEL = 64;

    public UploadSettings {
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new IllegalArgumentException("parallel must be 1.." + MAX_PARALLEL + ", not " + parallel);
        }
    }

    /** @return the journal's default place: next to the input, named after it */
    public static Path defaultJournal(Path input) {
        return input.resolveSibling(input.getFileName() + ".upload-journal");
    }
}
