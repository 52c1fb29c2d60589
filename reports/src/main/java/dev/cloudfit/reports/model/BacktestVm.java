package dev.cloudfit.reports.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One VM's backtest: the size chosen from the history before the held-out period and, over the held-out
 * samples, how many exceeded that size's capacity on any counter, and the counter that did most often.
 * A VM that could not be tested has {@code notTested} (e.g. "too little history before the held-out week")
 * and no counts: it is never counted as fine.
 *
 * @param samples    held-out sample times (each counted once, whatever its counters)
 * @param over       of those, the times at which at least one counter exceeded the size's capacity
 * @param worst      the counter over capacity most often ("CPU", "memory", "disk IOPS", "disk MB/s",
 *                   "network out"), empty when none was
 * @param worstOver  how many sample times that counter was over
 */
public record BacktestVm(VmIdentity id, Optional<String> size, long samples, long over, Optional<String> worst,
        long worstOver, Optional<String> notTested) {

    public BacktestVm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(worst, "worst");
        Objects.requireNonNull(notTested, "notTested");
        if (samples < 0 || over < 0 || over > samples || worstOver > over) {
            throw new IllegalArgumentException("inconsistent backtest counts for " + id.name());
        }
    }

    /** {@code part} of {@code whole} in percent with one decimal; "< 0.1 %" rather than "0.0 %" for a few. */
    static String percent(long part, long whole) {
        double p = 100.0 * part / whole;
        return part > 0 && p < 0.05 ? "< 0.1 %" : String.format(java.util.Locale.ROOT, "%.1f %%", p);
    }

    public static BacktestVm notTested(VmIdentity id, String why) {
        return new BacktestVm(id, Optional.empty(), 0, 0, Optional.empty(), 0, Optional.of(why));
    }

    public boolean tested() {
        return notTested.isEmpty();
    }

    /** The share of held-out samples over capacity, 0..1; 0 without samples. */
    public double overFraction() {
        return samples == 0 ? 0 : (double) over / samples;
    }

    /** The VMs-sheet text: "12 of 84 (14.3 %), worst: CPU (12)", "0 of 84", or why it was not tested. */
    public String describe() {
        if (!tested()) {
            return "not tested: " + notTested.get();
        }
        String text = over + " of " + samples + (over == 0 ? "" : " (" + percent(over, samples) + ")");
        return worst.map(w -> text + ", worst: " + w + " (" + worstOver + ")").orElse(text);
    }
}
