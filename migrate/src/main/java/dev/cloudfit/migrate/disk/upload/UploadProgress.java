package dev.cloudfit.migrate.disk.upload;

/** Hears how an upload goes; called on the reading thread, so it must be quick. */
public interface UploadProgress {

    UploadProgress NONE = new UploadProgress() {
    };

    /** A remark worth telling the user (a journal started over, an upload already complete). */
    default void note(String message) {
    }

    /**
     * @param bytesRead logical bytes of the disk read so far
     * @param dataBytes the data part's size
     * @param wire what was sent so far
     */
    default void progress(long bytesRead, long dataBytes, WireCounters wire) {
    }

    /** The source is read; the remaining requests, the footer and the verification follow. */
    default void phase(String what) {
    }
}
