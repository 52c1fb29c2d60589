package dev.cloudfit.assess.pricing.store;

import dev.cloudfit.assess.pricing.MeterKind;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PriceRowSink;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.RejectedRow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Passes rows on to another sink and notes, per region, whether VM and disk-tier prices came through, so that a
 * price list that would price nothing (every row rejected, another region's rows, an empty answer) is caught
 * before it is written or used. It also keeps the first rejection's reason, to say why rows went missing.
 */
public final class RegionCoverage implements PriceRowSink {

    /** The kinds every region of a price list must have: without them no VM or disk can be priced. */
    public static final Set<MeterKind> REQUIRED = EnumSet.of(MeterKind.VM, MeterKind.DISK_TIER);

    private final PriceRowSink next;
    private final Map<Region, Set<MeterKind>> seen = new HashMap<>();
    private long accepted;
    private long rejected;
    private RejectedRow firstRejected;

    public RegionCoverage(PriceRowSink next) {
        this.next = next;
    }

    @Override
    public void accept(PriceRow row) {
        accepted++;
        if (REQUIRED.contains(row.kind())) {
            seen.computeIfAbsent(row.region(), r -> EnumSet.noneOf(MeterKind.class)).add(row.kind());
        }
        next.accept(row);
    }

    @Override
    public void reject(RejectedRow row) {
        rejected++;
        if (firstRejected == null) {
            firstRejected = row;
        }
        next.reject(row);
    }

    /**
     * What is missing, one phrase per region ({@code westeurope has no VM prices and no disk prices}), or empty when
     * every region has every {@link #REQUIRED} kind.
     */
    public Optional<String> missing(List<Region> regions) {
        List<String> gaps = new ArrayList<>();
        for (Region region : regions) {
            Set<MeterKind> kinds = seen.getOrDefault(region, Set.of());
            List<String> lacking = new ArrayList<>();
            if (!kinds.contains(MeterKind.VM)) {
                lacking.add("no VM prices");
            }
            if (!kinds.contains(MeterKind.DISK_TIER)) {
                lacking.add("no disk prices");
            }
            if (!lacking.isEmpty()) {
                gaps.add(region.name() + " has " + String.join(" and ", lacking));
            }
        }
        return gaps.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", gaps));
    }

    /**
     * Rows read and rejected, the first rejection's reason, and other regions that answered:
     * {@code 12 rows read, 12 rejected (first: ...)}.
     */
    public String counts(List<Region> regions) {
        long read = accepted + rejected;
        List<String> others = seen.keySet().stream().filter(r -> !regions.contains(r)).map(Region::toString)
                .sorted().toList();
        return read + " rows read, " + rejected + " rejected"
                + (firstRejected == null ? "" : " (first: " + firstRejected.reason() + ")")
                + (others.isEmpty() ? "" : "; prices came for " + String.join(", ", others.subList(0,
                        Math.min(5, others.size()))) + (others.size() > 5 ? " and " + (others.size() - 5) + " more" : "")
                        + " instead");
    }
}
