package dev.cloudfit.migrate.cli;

import java.util.Locale;

/**
 * One VM's copy as a bar of fixed width: {@code web01 COPY_DISK:0 [######------]  50 %  12/24 MiB}.
 * A pure function of the bytes done and the total, so it is tested without a terminal.
 */
final class ProgressBar {

    static final int WIDTH = 20;

    private ProgressBar() {
    }

    /**
     * @param done  bytes copied so far (clamped to {@code 0..total})
     * @param total the disk's bytes; 0 counts as complete
     * @return the bar, {@value #WIDTH} cells between brackets, a cell filled per whole 1/{@value #WIDTH} done
     */
    static String render(String vm, String step, long done, long total) {
        long clamped = Math.max(0, Math.min(done, total));
        int percent = total == 0 ? 100 : (int) (clamped * 100 / total);
        int filled = total == 0 ? WIDTH : (int) (clamped * WIDTH / total);
        return String.format(Locale.ROOT, "%s %s [%s%s] %3d %%  %,d/%,d MiB", vm, step, "#".repeat(filled),
                "-".repeat(WIDTH - filled), percent, clamped >> 20, total >> 20);
    }
}
