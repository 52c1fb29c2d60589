package dev.cloudfit.assess.pricing;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The prices an assessment looks up, built once from normalised rows by a {@link PriceBookBuilder} and immutable
 * after. Every lookup answers {@code Optional.empty()} when the price list has no price: a missing price is never
 * zero.
 *
 * <p>VM prices come only from {@link MeterKind#VM} rows (never Spot, Low Priority, Cloud Services or Dedicated
 * Host). Reservations and savings plans cover compute only; Azure bills a Windows licence at its pay-as-you-go
 * rate on top. So, when the price list has no Windows reservation or savings-plan price of its own, the Windows
 * price under those plans is the Linux one plus the licence, the Windows minus the Linux pay-as-you-go rate of the
 * same size and region. Dev/Test prices exist only where the price list has a Dev/Test row (Windows sizes).
 */
public final class PriceBook {

    /** Hours in a month unless the user sets otherwise: 8,760 / 12, the basis the Azure calculator uses. */
    public static final BigDecimal DEFAULT_HOURS_PER_MONTH = new BigDecimal("730");

    record VmKey(ArmSkuName sku, Region region, PricingOs os, PriceSlot slot) {
    }

    record DiskTierKey(DiskTierSku sku, Region region, PriceSlot slot) {
    }

    record ProvisionedKey(MeterKind meter, Region region) {
    }

    record AvsKey(AvsNodeSku sku, Region region, PriceSlot slot) {
    }

    private final Currency currency;
    private final Instant asOf;
    private final BigDecimal hoursPerMonth;
    private final Map<VmKey, PriceRow> vms;
    private final Map<DiskTierKey, PriceRow> diskTiers;
    private final Map<ProvisionedKey, PriceRow> provisioned;
    private final Map<AvsKey, PriceRow> avsNodes;
    private final Map<MeterKind, Long> rowsByKind;
    private final long duplicateRows;
    private final long rejectedRows;
    private final List<RejectedRow> rejectedSample;
    private final PriceOverlay overlay;

    PriceBook(Currency currency, Instant asOf, BigDecimal hoursPerMonth, Map<VmKey, PriceRow> vms,
            Map<DiskTierKey, PriceRow> diskTiers, Map<ProvisionedKey, PriceRow> provisioned,
            Map<AvsKey, PriceRow> avsNodes, Map<MeterKind, Long> rowsByKind, long duplicateRows, long rejectedRows,
            List<RejectedRow> rejectedSample) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.hoursPerMonth = Objects.requireNonNull(hoursPerMonth, "hoursPerMonth");
        this.vms = Map.copyOf(vms);
        this.diskTiers = Map.copyOf(diskTiers);
        this.provisioned = Map.copyOf(provisioned);
        this.avsNodes = Map.copyOf(avsNodes);
        this.rowsByKind = Collections.unmodifiableMap(new EnumMap<>(rowsByKind));
        this.duplicateRows = duplicateRows;
        this.rejectedRows = rejectedRows;
        this.rejectedSample = List.copyOf(rejectedSample);
        this.overlay = new PriceOverlay();
    }

    private PriceBook(PriceBook base, PriceOverlay overlay) {
        this.currency = base.currency;
        this.asOf = base.asOf;
        this.hoursPerMonth = base.hoursPerMonth;
        this.vms = base.vms;
        this.diskTiers = base.diskTiers;
        this.provisioned = base.provisioned;
        this.avsNodes = base.avsNodes;
        this.rowsByKind = base.rowsByKind;
        this.duplicateRows = base.duplicateRows;
        this.rejectedRows = base.rejectedRows;
        this.rejectedSample = base.rejectedSample;
        this.overlay = overlay.copy();
    }

    /** This book with {@code overlay}'s prices answered before its rows (negotiated prices, never converted). */
    public PriceBook with(PriceOverlay overlay) {
        return new PriceBook(this, overlay);
    }

    /** A builder for prices in one currency, choosing among duplicates as of {@code asOf}. */
    public static PriceBookBuilder builder(Currency currency, Instant asOf, BigDecimal hoursPerMonth) {
        return new PriceBookBuilder(currency, asOf, hoursPerMonth);
    }

    /** The hourly price of a VM size under a pricing plan. */
    public Optional<Money> vmHourly(ArmSkuName sku, Region region, PricingOs os, PricingPlan plan) {
        Optional<Money> negotiated = overlay.vm(sku, region, os, plan);
        if (negotiated.isPresent()) {
            return negotiated;
        }
        return switch (plan) {
            case PAYG -> vmRow(sku, region, os, PriceSlot.CONSUMPTION).flatMap(PriceRow::hourlyEquivalent);
            case DEV_TEST -> vmRow(sku, region, os, PriceSlot.DEV_TEST).flatMap(PriceRow::hourlyEquivalent);
            case RI1Y, RI3Y -> reservedHourly(sku, region, os, plan.term());
            case SP1Y, SP3Y -> savingsPlanHourly(sku, region, os, plan.term());
        };
    }

    /** The monthly price of a VM size under a pricing plan: the hourly price times the hours per month. */
    public Optional<Money> vmMonthly(ArmSkuName sku, Region region, PricingOs os, PricingPlan plan) {
        return vmHourly(sku, region, os, plan).map(h -> h.times(hoursPerMonth));
    }

    /** The pay-as-you-go monthly price of a fixed-size managed disk tier (the tier meter only, no mount meter). */
    public Optional<Money> diskTierMonthly(DiskTier tier, DiskRedundancy redundancy, Region region) {
        DiskTierKey key = new DiskTierKey(new DiskTierSku(tier, redundancy), region, PriceSlot.CONSUMPTION);
        Optional<Money> negotiated = overlay.diskTier(key.sku(), region);
        if (negotiated.isPresent()) {
            return negotiated;
        }
        return Optional.ofNullable(diskTiers.get(key)).flatMap(r -> r.monthlyEquivalent(hoursPerMonth));
    }

    /** The pay-as-you-go unit prices of Premium SSD v2 or Ultra in a region; empty unless all three exist. */
    public Optional<ProvisionedDiskRates> provisionedDiskRates(ProvisionedDiskType type, Region region) {
        boolean v2 = type == ProvisionedDiskType.PREMIUM_SSD_V2;
        Optional<UnitRate> capacity = rate(v2 ? MeterKind.PREMIUM_SSD_V2_CAPACITY : MeterKind.ULTRA_CAPACITY, region);
        Optional<UnitRate> iops = rate(v2 ? MeterKind.PREMIUM_SSD_V2_IOPS : MeterKind.ULTRA_IOPS, region);
        Optional<UnitRate> mbps = rate(v2 ? MeterKind.PREMIUM_SSD_V2_THROUGHPUT : MeterKind.ULTRA_THROUGHPUT, region);
        if (capacity.isEmpty() || iops.isEmpty() || mbps.isEmpty()) {
            return Optional.empty();
        }
        Optional<UnitRate> vcpu = v2 ? Optional.empty() : rate(MeterKind.ULTRA_VCPU_RESERVATION, region);
        return Optional.of(new ProvisionedDiskRates(type, region, capacity.get(), iops.get(), mbps.get(), vcpu));
    }

    /** The hourly price of one AVS host node: pay-as-you-go, or a reservation's hourly equivalent. */
    public Optional<Money> avsNodeHourly(AvsNodeSku sku, Region region, PricingPlan plan) {
        Optional<Money> negotiated = overlay.avsNode(sku, region, plan);
        if (negotiated.isPresent()) {
            return negotiated;
        }
        PriceSlot slot = switch (plan) {
            case PAYG -> PriceSlot.CONSUMPTION;
            case RI1Y, RI3Y -> PriceSlot.reservation(plan.term());
            case SP1Y, SP3Y, DEV_TEST -> null;
        };
        if (slot == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(avsNodes.get(new AvsKey(sku, region, slot))).flatMap(PriceRow::hourlyEquivalent);
    }

    public Currency currency() {
        return currency;
    }

    /** The instant duplicates were resolved against (rows not yet in effect then lost to those in effect). */
    public Instant asOf() {
        return asOf;
    }

    public BigDecimal hoursPerMonth() {
        return hoursPerMonth;
    }

    /** How many accepted rows of a kind the book saw, priced or not (e.g. how many Spot rows were kept apart). */
    public long rowCount(MeterKind kind) {
        return rowsByKind.getOrDefault(kind, 0L);
    }

    /** Rows that lost to another row for the same lookup key (see {@link RowPreference} for the rule). */
    public long duplicateRows() {
        return duplicateRows;
    }

    public long rejectedRows() {
        return rejectedRows;
    }

    /** The first rejected rows, for the report; {@link #rejectedRows()} has the full count. */
    public List<RejectedRow> rejectedSample() {
        return rejectedSample;
    }

    private Optional<PriceRow> vmRow(ArmSkuName sku, Region region, PricingOs os, PriceSlot slot) {
        return Optional.ofNullable(vms.get(new VmKey(sku, region, os, slot)));
    }

    private Optional<Money> reservedHourly(ArmSkuName sku, Region region, PricingOs os, ReservationTerm term) {
        Optional<Money> own = vmRow(sku, region, os, PriceSlot.reservation(term)).flatMap(PriceRow::hourlyEquivalent);
        if (own.isPresent() || os == PricingOs.LINUX) {
            return own;
        }
        PricingPlan plan = term == ReservationTerm.ONE_YEAR ? PricingPlan.RI1Y : PricingPlan.RI3Y;
        return vmHourly(sku, region, PricingOs.LINUX, plan)
                .flatMap(linux -> windowsLicence(sku, region).map(linux::plus));
    }

    private Optional<Money> savingsPlanHourly(ArmSkuName sku, Region region, PricingOs os, ReservationTerm term) {
        Optional<Money> own = savingsPlan(sku, region, os, term);
        if (own.isPresent() || os == PricingOs.LINUX) {
            return own;
        }
        PricingPlan plan = term == ReservationTerm.ONE_YEAR ? PricingPlan.SP1Y : PricingPlan.SP3Y;
        return vmHourly(sku, region, PricingOs.LINUX, plan)
                .flatMap(linux -> windowsLicence(sku, region).map(linux::plus));
    }

    private Optional<Money> savingsPlan(ArmSkuName sku, Region region, PricingOs os, ReservationTerm term) {
        return vmRow(sku, region, os, PriceSlot.CONSUMPTION).flatMap(r -> r.savingsPlan(term))
                .map(SavingsPlanPrice::retailPricePerHour);
    }

    /**
     * A reservation's or savings plan's hourly price from a row (or negotiated price) of its own for this OS,
     * without composing a Windows price from the Linux one plus the licence: empty when the list has none. In the
     * Retail Prices API, reservation rows exist only for the base (Linux) meters and savings-plan prices only on
     * base rows and a few Windows series (see {@code shared/reference/azure-pricing-data.md} §1.3).
     */
    public Optional<Money> ownCommittedHourly(ArmSkuName sku, Region region, PricingOs os, PricingPlan plan) {
        Optional<Money> negotiated = overlay.vm(sku, region, os, plan);
        if (negotiated.isPresent()) {
            return negotiated;
        }
        return switch (plan) {
            case RI1Y, RI3Y -> vmRow(sku, region, os, PriceSlot.reservation(plan.term()))
                    .flatMap(PriceRow::hourlyEquivalent);
            case SP1Y, SP3Y -> savingsPlan(sku, region, os, plan.term());
            case PAYG, DEV_TEST -> Optional.empty();
        };
    }

    /** The Windows licence per hour: Windows minus Linux pay-as-you-go for the same size and region. */
    public Optional<Money> windowsLicenceHourly(ArmSkuName sku, Region region) {
        return windowsLicence(sku, region);
    }

    private Optional<Money> windowsLicence(ArmSkuName sku, Region region) {
        Optional<Money> windows = vmHourly(sku, region, PricingOs.WINDOWS, PricingPlan.PAYG);
        Optional<Money> linux = vmHourly(sku, region, PricingOs.LINUX, PricingPlan.PAYG);
        if (windows.isEmpty() || linux.isEmpty() || windows.get().compareTo(linux.get()) < 0) {
            return Optional.empty();
        }
        return Optional.of(windows.get().minus(linux.get()));
    }

    private Optional<UnitRate> rate(MeterKind meter, Region region) {
        PriceRow row = provisioned.get(new ProvisionedKey(meter, region));
        if (row == null) {
            return Optional.empty();
        }
        UnitPeriod period = row.unit().period();
        if (period != UnitPeriod.HOUR && period != UnitPeriod.MONTH) {
            return Optional.empty();
        }
        Money perUnit = new Money(row.unit().perUnit(row.retailPrice().amount()), row.retailPrice().currency());
        return Optional.of(new UnitRate(perUnit, period));
    }
}
