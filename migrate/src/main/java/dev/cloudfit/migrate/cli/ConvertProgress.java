package dev.cloudfit.migrate.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Shows how far a conversion got, on stderr: on a terminal a bar redrawn in place at most every
 * 200 ms ({@code convert [#########.....] 1.2/4.0 GiB, 850 MiB/s}); otherwise a line at each
 * further tenth, so that logs stay short.
 */
final class ConvertProgress implements LongConsumer {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final PrintWriter out;
    private final long total;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int lastTenth = -1;
    private boolean drawn;

    ConvertProgress(PrintWriter out, long total, boolean terminal, LongSupplier nanoTime) {
        this.out = out;
        this.total = Math.max(1, total);
        this.terminal = terminal;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public void accept(long reached) {
        long now = nanoTime.getAsLong();
        long done = Math.min(reached, total);
        if (terminal) {
            if (done < total && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            int filled = (int) (done * WIDTH / total);
            out.print("\r" + line("convert [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]", done, now));
            out.flush();
            drawn = true;
        } else {
            int tenth = (int) (done * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(line(String.format(Locale.ROOT, "convert %3d%%", tenth * 10), done, now));
                out.flush();
            }
        }
    }

    /** Ends the bar's line. */
    void finish() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }

    private String line(String head, long done, long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        return String.format(Locale.ROOT, "%s %.2f/%.2f GiB, %.0f MiB/s", head, done / GIB, total / GIB,
                done / seconds / (1024 * 1024));
    }
}
