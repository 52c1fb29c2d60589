package dev.cloudfit.assess.pricing;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which of two rows for the same {@link PriceBook} key wins. The rule, in order:
 * <ol>
 * <li>a row in effect at the book's instant (started, not ended; an unknown start counts as started) beats a
 * scheduled or expired one;</li>
 * <li>a primary meter region row beats one whose flag was not recorded, which beats a secondary one;</li>
 * <li>the later {@code effectiveStartDate} wins (an unknown date ranks last);</li>
 * <li>otherwise the smaller {@code meterId}, then {@code skuId}, so the choice never depends on arrival order.</li>
 * </ol>
 */
final class RowPreference implements Comparator<PriceRow> {

    private final Instant asOf;

    RowPreference(Instant asOf) {
        this.asOf = asOf;
    }

    /** Negative when {@code a} is preferred. */
    @Override
    public int compare(PriceRow a, PriceRow b) {
        int c = Boolean.compare(!inEffect(a), !inEffect(b));
        if (c != 0) {
            return c;
        }
        c = a.primaryMeterRegion().compareTo(b.primaryMeterRegion());
        if (c != 0) {
            return c;
        }
        c = compareStartDescending(a.effectiveStartDate(), b.effectiveStartDate());
        if (c != 0) {
            return c;
        }
        c = a.meterId().compareTo(b.meterId());
        return c != 0 ? c : a.skuId().compareTo(b.skuId());
    }

    private boolean inEffect(PriceRow row) {
        boolean started = row.effectiveStartDate().map(s -> !s.isAfter(asOf)).orElse(true);
        boolean ended = row.effectiveEndDate().map(e -> !e.isAfter(asOf)).orElse(false);
        return started && !ended;
    }

    private static int compareStartDescending(Optional<Instant> a, Optional<Instant> b) {
        if (a.isPresent() && b.isPresent()) {
            return b.get().compareTo(a.get());
        }
        return Boolean.compare(a.isEmpty(), b.isEmpty());
    }
}
