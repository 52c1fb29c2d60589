package dev.cloudfit.assess.collect;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on a terminal, redrawn in place ({@code \r}) at most every 200 ms:
 * {@code inventory [##########..........]  60/120 VMs} then
 * {@code performance [####......] 12/120 VMs, 1,234 samples/s}.
 */
public final class ProgressBar implements CollectProgress {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final LongSupplier nanoTime;
    private String phase = "inventory";
    private int total;
    private long lastDraw = Long.MIN_VALUE;
    private long perfStart;
    private boolean drawn;

    public ProgressBar(PrintWriter out) {
        this(out, System::nanoTime);
    }

    ProgressBar(PrintWriter out, LongSupplier nanoTime) {
        this.out = out;
        this.nanoTime = nanoTime;
    }

    @Override
    public void started(int totalVms) {
        phase = "inventory";
        total = totalVms;
        draw(0, "", true);
    }

    @Override
    public void vmCollected(int done) {
        draw(done, "", done == total);
    }

    @Override
    public void perfStarted(int totalVms) {
        phase = "performance";
        total = totalVms;
        perfStart = nanoTime.getAsLong();
        newLine();
        draw(0, "", true);
    }

    @Override
    public void perfVmDone(int done, long samples) {
        double seconds = Math.max(1e-3, (nanoTime.getAsLong() - perfStart) / 1e9);
        draw(done, String.format(Locale.ROOT, ", %,.0f samples/s", samples / seconds), done == total);
    }

    @Override
    public void summariesStarted() {
        line(CollectProgress.summariesStartedLine());
    }

    @Override
    public void summariesDone(long series, String window, java.time.Duration took) {
        line(CollectProgress.summariesDoneLine(series, window, took));
    }

    @Override
    public void continuousPoll(int polls, long peaks, java.time.Instant flushedUntil) {
        line(String.format(Locale.ROOT, "continuous: poll %d flushed, %,d 10-minute peaks stored%s (Ctrl-C stops)",
                polls, peaks, flushedUntil == null ? "" : ", history up to " + flushedUntil));
    }

    @Override
    public void finished() {
        newLine();
    }

    private void draw(int done, String suffix, boolean force) {
        long now = nanoTime.getAsLong();
        if (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, (long) done * WIDTH / total);
        out.print(String.format(Locale.ROOT, "\r%-11s [%s%s] %d/%d VMs%s", phase, "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, suffix));
        out.flush();
        drawn = true;
    }

    /** A line of its own, after the bar. */
    private void line(String text) {
        newLine();
        out.println(text);
        out.flush();
    }

    private void newLine() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }
}
