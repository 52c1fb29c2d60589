package dev.cloudfit.reports.table;

import java.io.IOException;
import dev.cloudfit.core.files.UnfinishedOutputs;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/**
 * Puts a finished temporary file in its final place in one step, so a reader never sees a
 * half-written output: an atomic rename within the folder, replacing an older file of that name.
 * Temporary files are registered with {@link UnfinishedOutputs} until they are moved into place or
 * discarded, so that an interrupted run (Ctrl-C, SIGTERM) leaves none behind.
 */
public final class AtomicFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Moves {@code temp} to {@code target}; both must be in the same folder (same file system).
     * Falls back to a plain replacing move only where the file system has no atomic rename.
     */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        UnfinishedOutputs.finished(temp);
    }

    /** Deletes a temporary file that will not become an output (the work failed or was abandoned). */
    public static void discard(Path temp) throws IOException {
        Files.deleteIfExists(temp);
        UnfinishedOutputs.finished(temp);
    }

    /**
     * A new empty temporary file beside {@code target}, hidden on Unix, named after it. It is made
     * with the process's default permissions (not {@code createTempFile}'s owner-only ones), since it
     * becomes the output itself.
     */
    public static Path tempFileBeside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        for (int attempt = 0; ; attempt++) {
            long suffix = RANDOM.nextLong() & Long.MAX_VALUE;
            Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toString(suffix, 36) + ".tmp");
            try {
                UnfinishedOutputs.started(temp);
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                UnfinishedOutputs.finished(temp);
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
