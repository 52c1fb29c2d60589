package dev.cloudfit.migrate.cli;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.upload.UploadProgress;
import dev.cloudfit.migrate.disk.upload.WireCounters;
import java.io.PrintWriter;

/** {@code disk upload}'s progress on stderr: a line at most every two seconds, notes at once. */
final class UploadProgressLine implements UploadProgress {

    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private long last = System.nanoTime();

    UploadProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void note(String message) {
        err.println("cloudfit disk upload: " + message);
        err.flush();
    }

    @Override
    public void phase(String what) {
        note(what);
    }

    @Override
    public void progress(long bytesRead, long dataBytes, WireCounters wire) {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        note(String.format(java.util.Locale.ROOT, "%s of %s read (%.0f %%), %s sent in %d requests, %d retries",
                DataSize.ofBytes(bytesRead), DataSize.ofBytes(dataBytes), 100.0 * bytesRead / dataBytes,
                DataSize.ofBytes(wire.bodyBytesSent()), wire.requests(), wire.retries()));
    }
}
