package dev.cloudfit.assess.sizing.settings;

import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.catalog.VmSeries;
import dev.cloudfit.assess.sizing.price.PricePlan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every setting an assessment depends on. {@link #defaults()} is pinned by a test and
 * {@link #describe()} lists every setting for the report's Assumptions sheet.
 *
 * @param seriesAllowList VM series allowed as targets; empty means every series in the catalog
 * @param includeBurstable whether B-series sizes are candidates (Azure Migrate leaves them out unless
 *                         a credit simulation over ≥ 7 days passes; cloudfit has no such simulation)
 * @param diskTypes disk types a performance-based assessment may choose from
 */
public record AssessmentSettings(
        SizingCriterion criterion,
        Percentile percentile,
        Duration window,
        double comfortFactor,
        Region region,
        Currency currency,
        PricePlan pricePlan,
        int hoursPerMonth,
        Set<VmSeries> seriesAllowList,
        boolean includeBurstable,
        UnknownRegionRule unknownRegionRule,
        Set<DiskType> diskTypes,
        DiskType asOnPremisesDiskType,
        DiskType diskTypeWithoutPerfData,
        DiskRedundancy diskRedundancy,
        AvsSettings avs) {

    public AssessmentSettings {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(percentile, "percentile");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(pricePlan, "pricePlan");
        Objects.requireNonNull(unknownRegionRule, "unknownRegionRule");
        Objects.requireNonNull(asOnPremisesDiskType, "asOnPremisesDiskType");
        Objects.requireNonNull(diskTypeWithoutPerfData, "diskTypeWithoutPerfData");
        Objects.requireNonNull(diskRedundancy, "diskRedundancy");
        Objects.requireNonNull(avs, "avs");
        seriesAllowList = Set.copyOf(seriesAllowList);
        diskTypes = diskTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(diskTypes));
        if (!(comfortFactor > 0) || comfortFactor > 10) {
            throw new IllegalArgumentException("comfort factor must be in (0, 10], was " + comfortFactor);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the performance window must be positive, was " + window);
        }
        if (hoursPerMonth < 1 || hoursPerMonth > 744) {
            throw new IllegalArgumentException("hours per month must be in 1..744, was " + hoursPerMonth);
        }
        if (diskTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one disk type must be allowed");
        }
    }

    /** Azure Migrate's defaults where they are sound; see {@code docs/methodology.md} for each departure. */
    public static AssessmentSettings defaults() {
        return new AssessmentSettings(
                SizingCriterion.PERFORMANCE_BASED,
                Percentile.P95,
                Duration.ofDays(30),
                1.3,
                Region.of("westeurope"),
                Currency.getInstance("USD"),
                PricePlan.PAYG,
                730,
                Set.of(),
                false,
                UnknownRegionRule.ALLOW_AND_FLAG,
                EnumSet.of(DiskType.STANDARD_HDD, DiskType.STANDARD_SSD, DiskType.PREMIUM_SSD),
                DiskType.PREMIUM_SSD,
                DiskType.STANDARD_SSD,
                DiskRedundancy.LRS,
                AvsSettings.defaults());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Every setting as (name, value, description), in a stable order. */
    public List<SettingRow> describe() {
        List<SettingRow> rows = new ArrayList<>();
        rows.add(new SettingRow("criterion", criterion.name(),
                "Sizing criterion: PERFORMANCE_BASED (utilisation × comfort factor) or AS_ON_PREMISES (configured size)"));
        rows.add(new SettingRow("percentile", percentile.toString(),
                "Percentile of each performance counter over the window"));
        rows.add(new SettingRow("window", window.toDays() + " days", "Performance history window"));
        rows.add(new SettingRow("comfortFactor", Double.toString(comfortFactor),
                "Multiplier on every measured need (headroom); not applied to configured sizes"));
        rows.add(new SettingRow("region", region.name(), "Target Azure region"));
        rows.add(new SettingRow("currency", currency.getCurrencyCode(), "Currency of every price"));
        rows.add(new SettingRow("pricePlan", pricePlan.toString(), "Commitment and Azure Hybrid Benefit for compute"));
        rows.add(new SettingRow("hoursPerMonth", Integer.toString(hoursPerMonth),
                "Hours a VM runs per month: scales pay-as-you-go, Dev/Test and licence charges; reservations, savings plans"
                        + " and managed disks bill the whole 730-hour month"));
        rows.add(new SettingRow("seriesAllowList", seriesAllowList.isEmpty() ? "all"
                : seriesAllowList.stream().map(VmSeries::value).collect(Collectors.toCollection(TreeSet::new)).toString(),
                "VM series allowed as targets"));
        rows.add(new SettingRow("includeBurstable", Boolean.toString(includeBurstable),
                "Whether burstable B-series sizes are candidates"));
        rows.add(new SettingRow("unknownRegionRule", unknownRegionRule.name(),
                "Sizes whose availability in the region is unknown: allowed and flagged, or excluded"));
        rows.add(new SettingRow("diskTypes", new TreeSet<>(diskTypes).toString(),
                "Disk types a performance-based assessment may choose"));
        rows.add(new SettingRow("asOnPremisesDiskType", asOnPremisesDiskType.name(),
                "Disk type for as-on-premises sizing (sized by provisioned capacity)"));
        rows.add(new SettingRow("diskTypeWithoutPerfData", diskTypeWithoutPerfData.name(),
                "Disk type for a disk without performance data in a performance-based assessment"));
        rows.add(new SettingRow("diskRedundancy", diskRedundancy.name(), "Managed disk redundancy"));
        rows.add(new SettingRow("avs.cpuOversubscription", avs.cpuOversubscription() + ":1",
                "AVS vCPUs per physical host core"));
        rows.add(new SettingRow("avs.memoryOvercommit", Double.toString(avs.memoryOvercommit()),
                "AVS memory overcommit factor on host RAM"));
        rows.add(new SettingRow("avs.dedupeCompression", Double.toString(avs.dedupeCompression()),
                "AVS vSAN deduplication and compression factor (1 = none)"));
        rows.add(new SettingRow("avs.vsanSlack", Math.round(avs.vsanSlack() * 100) + " %",
                "Share of raw vSAN capacity kept free"));
        rows.add(new SettingRow("avs.ftt", avs.ftt().name(),
                "vSAN failures-to-tolerate policy (storage multiplier and minimum hosts)"));
        rows.add(new SettingRow("avs.managementVcpus", Integer.toString(avs.managementVcpus()),
                "vCPUs of the AVS management appliances added to demand"));
        rows.add(new SettingRow("avs.managementMemory", avs.managementMemory().toString(),
                "Memory of the AVS management appliances added to demand"));
        rows.add(new SettingRow("avs.managementStorage", avs.managementStorage().toString(),
                "Storage of the AVS management appliances added to demand (before FTT)"));
        rows.add(new SettingRow("avs.nodeTypes", avs.nodeTypes().isEmpty() ? "all" : avs.nodeTypes().toString(),
                "AVS node types considered"));
        return List.copyOf(rows);
    }

    /** Changes one setting at a time; {@link #build()} validates. */
    public static final class Builder {
        private SizingCriterion criterion;
        private Percentile percentile;
        private Duration window;
        private double comfortFactor;
        private Region region;
        private Currency currency;
        private PricePlan pricePlan;
        private int hoursPerMonth;
        private Set<VmSeries> seriesAllowList;
        private boolean includeBurstable;
        private UnknownRegionRule unknownRegionRule;
        private Set<DiskType> diskTypes;
        private DiskType asOnPremisesDiskType;
        private DiskType diskTypeWithoutPerfData;
        private DiskRedundancy diskRedundancy;
        private AvsSettings avs;

        private Builder(AssessmentSettings s) {
            criterion = s.criterion;
            percentile = s.percentile;
            window = s.window;
            comfortFactor = s.comfortFactor;
            region = s.region;
            currency = s.currency;
            pricePlan = s.pricePlan;
            hoursPerMonth = s.hoursPerMonth;
            seriesAllowList = s.seriesAllowList;
            includeBurstable = s.includeBurstable;
            unknownRegionRule = s.unknownRegionRule;
            diskTypes = s.diskTypes;
            asOnPremisesDiskType = s.asOnPremisesDiskType;
            diskTypeWithoutPerfData = s.diskTypeWithoutPerfData;
            diskRedundancy = s.diskRedundancy;
            avs = s.avs;
        }

        public Builder criterion(SizingCriterion v) { criterion = v; return this; }
        public Builder percentile(Percentile v) { percentile = v; return this; }
        public Builder window(Duration v) { window = v; return this; }
        public Builder comfortFactor(double v) { comfortFactor = v; return this; }
        public Builder region(Region v) { region = v; return this; }
        public Builder currency(Currency v) { currency = v; return this; }
        public Builder pricePlan(PricePlan v) { pricePlan = v; return this; }
        public Builder hoursPerMonth(int v) { hoursPerMonth = v; return this; }
        public Builder seriesAllowList(Set<VmSeries> v) { seriesAllowList = v; return this; }
        public Builder includeBurstable(boolean v) { includeBurstable = v; return this; }
        public Builder unknownRegionRule(UnknownRegionRule v) { unknownRegionRule = v; return this; }
        public Builder diskTypes(Set<DiskType> v) { diskTypes = v; return this; }
        public Builder asOnPremisesDiskType(DiskType v) { asOnPremisesDiskType = v; return this; }
        public Builder diskTypeWithoutPerfData(DiskType v) { diskTypeWithoutPerfData = v; return this; }
        public Builder diskRedundancy(DiskRedundancy v) { diskRedundancy = v; return this; }
        public Builder avs(AvsSettings v) { avs = v; return this; }

        public AssessmentSettings build() {
            return new AssessmentSettings(criterion, percentile, window, comfortFactor, region, currency, pricePlan,
                    hoursPerMonth, seriesAllowList, includeBurstable, unknownRegionRule, diskTypes,
                    asOnPremisesDiskType, diskTypeWithoutPerfData, diskRedundancy, avs);
        }
    }
}
