package dev.cloudfit.assess.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects normalised rows into a {@link PriceBook}. It is a {@link PriceRowSink}, so a price source streams into
 * it directly; it keeps only the rows a lookup can use (one per key, chosen by {@link RowPreference}) and counts
 * the rest, so its memory grows with the number of priced sizes and tiers, not with the rows read. Rows of
 * another currency, and graduated tiers above the first ({@code tierMinimumUnits > 0}) of a kind that is looked
 * up, are rejected: a flat price is expected there and a tier would be a wrong one. Not
 * thread-safe; {@link #build()} may be called once the source is done.
 */
public final class PriceBookBuilder implements PriceRowSink {

    private static final int REJECTED_SAMPLE = 100;
    /** The kinds a lookup answers from; only their rows must be flat-priced (first tier). */
    private static final Set<MeterKind> PRICED = EnumSet.of(MeterKind.VM, MeterKind.DISK_TIER,
            MeterKind.PREMIUM_SSD_V2_CAPACITY, MeterKind.PREMIUM_SSD_V2_IOPS, MeterKind.PREMIUM_SSD_V2_THROUGHPUT,
            MeterKind.ULTRA_CAPACITY, MeterKind.ULTRA_IOPS, MeterKind.ULTRA_THROUGHPUT, MeterKind.ULTRA_VCPU_RESERVATION,
            MeterKind.AVS_NODE);

    private final Currency currency;
    private final Instant asOf;
    private final BigDecimal hoursPerMonth;
    private final RowPreference preference;
    private final Map<PriceBook.VmKey, PriceRow> vms = new HashMap<>();
    private final Map<PriceBook.DiskTierKey, PriceRow> diskTiers = new HashMap<>();
    private final Map<PriceBook.ProvisionedKey, PriceRow> provisioned = new HashMap<>();
    private final Map<PriceBook.AvsKey, PriceRow> avsNodes = new HashMap<>();
    private final Map<MeterKind, Long> rowsByKind = new EnumMap<>(MeterKind.class);
    private final List<RejectedRow> rejectedSample = new ArrayList<>();
    private long duplicateRows;
    private long rejectedRows;

    PriceBookBuilder(Currency currency, Instant asOf, BigDecimal hoursPerMonth) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.hoursPerMonth = Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        if (hoursPerMonth.signum() <= 0) {
            throw new IllegalArgumentException("hours per month must be positive: " + hoursPerMonth);
        }
        this.preference = new RowPreference(asOf);
    }

    @Override
    public void accept(PriceRow row) {
        if (!row.retailPrice().currency().equals(currency)) {
            reject(new RejectedRow(row.meterId(), row.skuId(), row.meterName(),
                    "price in " + row.retailPrice().currency() + ", the book is in " + currency));
            return;
        }
        if (row.tierMinimumUnits().signum() != 0 && PRICED.contains(row.kind())) {
            reject(new RejectedRow(row.meterId(), row.skuId(), row.meterName(),
                    "graduated tier from " + row.tierMinimumUnits().toPlainString() + " units is not priced"));
            return;
        }
        rowsByKind.merge(row.kind(), 1L, Long::sum);
        PriceSlot slot = PriceSlot.of(row);
        switch (row.kind()) {
            case VM -> {
                if (row.armSkuName().isEmpty() || row.os().isEmpty()) {
                    reject(new RejectedRow(row.meterId(), row.skuId(), row.meterName(),
                            "VM row without armSkuName"));
                    return;
                }
                keep(vms, new PriceBook.VmKey(row.armSkuName().get(), row.region(), row.os().get(), slot), row);
            }
            case DISK_TIER -> DiskTierSku.parse(row.skuName()).ifPresent(sku ->
                    keep(diskTiers, new PriceBook.DiskTierKey(sku, row.region(), slot), row));
            case PREMIUM_SSD_V2_CAPACITY, PREMIUM_SSD_V2_IOPS, PREMIUM_SSD_V2_THROUGHPUT, ULTRA_CAPACITY, ULTRA_IOPS,
                    ULTRA_THROUGHPUT, ULTRA_VCPU_RESERVATION -> {
                if (slot == PriceSlot.CONSUMPTION) {
                    keep(provisioned, new PriceBook.ProvisionedKey(row.kind(), row.region()), row);
                }
            }
            case AVS_NODE -> keep(avsNodes, new PriceBook.AvsKey(AvsNodeSku.of(row.skuName()), row.region(), slot), row);
            default -> {
                // counted above; Spot, Low Priority, Cloud Services, Dedicated Host, mount and other meters are
                // never looked up
            }
        }
    }

    @Override
    public void reject(RejectedRow row) {
        rejectedRows++;
        if (rejectedSample.size() < REJECTED_SAMPLE) {
            rejectedSample.add(row);
        }
    }

    public PriceBook build() {
        return new PriceBook(currency, asOf, hoursPerMonth, vms, diskTiers, provisioned, avsNodes, rowsByKind,
                duplicateRows, rejectedRows, rejectedSample);
    }

    private <K> void keep(Map<K, PriceRow> index, K key, PriceRow row) {
        PriceRow existing = index.get(key);
        if (existing == null) {
            index.put(key, row);
            return;
        }
        duplicateRows++;
        if (preference.compare(row, existing) < 0) {
            index.put(key, row);
        }
    }
}
