package dev.cloudfit.assess.collect;

/**
 * Hears a whole collection: the inventory phase ({@link InventoryProgress}), then performance
 * history, which the performance collection reports through the two methods below. Implementations:
 * {@link ProgressBar} on a terminal, {@link ProgressLog} otherwise.
 */
public interface CollectProgress extends InventoryProgress {

    /** Hears nothing. */
    CollectProgress NONE = new CollectProgress() {
    };

    /** Performance collection starts for this many VMs. */
    default void perfStarted(int totalVms) {
    }

    /** Performance history of one more VM is stored; {@code samples} counts every sample stored so far. */
    default void perfVmDone(int done, long samples) {
    }

    /**
     * A continuous poll is flushed: polls so far, 10-minute peaks stored in all, where the flushed
     * history ends (null before the first complete bucket).
     */
    default void continuousPoll(int polls, long peaks, java.time.Instant flushedUntil) {
    }

    /** The run is stored; the performance summaries of the default window are computed now, for assess. */
    default void summariesStarted() {
    }

    /** The summaries of {@code series} series over {@code window} (e.g. "1 month") are ready, after {@code took}. */
    default void summariesDone(long series, String window, java.time.Duration took) {
    }

    /** The line both the bar and the log print for {@link #summariesStarted}. */
    static String summariesStartedLine() {
        return "summaries: computing the performance summaries for assess";
    }

    /** The line both the bar and the log print for {@link #summariesDone}. */
    static String summariesDoneLine(long series, String window, java.time.Duration took) {
        return String.format(java.util.Locale.ROOT, "summaries: %,d series over %s ready for assess (%.1f s)", series,
                window, took.toMillis() / 1000.0);
    }

    /** The collection ended (successfully or not): finish the line, stop timers. */
    default void finished() {
    }
}
