package dev.cloudfit.assess.collect;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress as plain log lines, for runs without a terminal (CI, cron, redirected output): a line
 * when a phase starts, then at most one per interval (10 s by default), and one when it ends.
 */
public final class ProgressLog implements CollectProgress {

    private final PrintWriter out;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private String phase = "inventory";
    private int total;
    private long lastLine;
    private long perfStart;

    public ProgressLog(PrintWriter out) {
        this(out, Duration.ofSeconds(10), System::nanoTime);
    }

    ProgressLog(PrintWriter out, Duration interval, LongSupplier nanoTime) {
        this.out = out;
        this.intervalNanos = interval.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public void started(int totalVms) {
        phase = "inventory";
        total = totalVms;
        line("inventory: reading " + totalVms + " VMs");
    }

    @Override
    public void vmCollected(int done) {
        if (done == total) {
            line("inventory: " + done + " of " + total + " VMs read");
        } else if (due()) {
            line("inventory: " + done + " of " + total + " VMs");
        }
    }

    @Override
    public void perfStarted(int totalVms) {
        phase = "performance";
        total = totalVms;
        perfStart = nanoTime.getAsLong();
        line("performance: reading the history of " + totalVms + " VMs");
    }

    @Override
    public void perfVmDone(int done, long samples) {
        if (done == total || due()) {
            double seconds = Math.max(1e-3, (nanoTime.getAsLong() - perfStart) / 1e9);
            line(String.format(Locale.ROOT, "performance: %d of %d VMs, %,d samples (%,.0f samples/s)", done, total,
                    samples, samples / seconds));
        }
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
        line(String.format(Locale.ROOT, "continuous: poll %d flushed, %,d 10-minute peaks stored%s", polls, peaks,
                flushedUntil == null ? "" : ", history up to " + flushedUntil));
    }

    private boolean due() {
        return nanoTime.getAsLong() - lastLine >= intervalNanos;
    }

    private void line(String text) {
        lastLine = nanoTime.getAsLong();
        out.println("cloudfit collect: " + text);
        out.flush();
    }

    @Override
    public String toString() {
        return "ProgressLog[" + phase + "]";
    }
}
