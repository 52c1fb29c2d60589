package dev.cloudfit.assess.report;

import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.AvsSettings;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.AssumptionValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The sizing settings as the Assumptions sheet shows them: a name in words, the value in words (enum
 * constants by their labels) or as a figure with its unit, and what it means. One row per setting of
 * {@link AssessmentSettings#describe()}, except the region and currency, which the sheet states once from the
 * report's header.
 */
final class SettingAssumptions {

    private SettingAssumptions() {
    }

    static List<Assumption> of(AssessmentSettings s) {
        List<Assumption> rows = new ArrayList<>();
        rows.add(new Assumption("Sizing criterion", s.criterion().label(),
                "Performance-based: measured utilisation × comfort factor; as on-premises: the configured size"));
        rows.add(new Assumption("Percentile", s.percentile().value() + "th percentile (" + s.percentile() + ")",
                "Percentile of each performance counter over the window"));
        rows.add(new Assumption("Performance window", AssumptionValue.number(s.window().toDays(), "days"),
                "Performance history window"));
        rows.add(new Assumption("Comfort factor", AssumptionValue.number(decimal(s.comfortFactor()), "×"),
                "Multiplier on every measured need (headroom); not applied to configured sizes"));
        rows.add(new Assumption("Price plan", s.pricePlan().label(), "Commitment and Azure Hybrid Benefit for compute"));
        rows.add(new Assumption("Hours per month", AssumptionValue.number(s.hoursPerMonth(), "h"),
                "Hours a VM runs per month: scales pay-as-you-go, Dev/Test and licence charges; reservations, savings plans"
                        + " and managed disks bill the whole 730-hour month"));
        rows.add(new Assumption("VM series allowed", s.seriesAllowList().isEmpty() ? "all"
                : s.seriesAllowList().stream().map(v -> v.value()).collect(Collectors.toCollection(TreeSet::new))
                        .stream().collect(Collectors.joining(", ")), "VM series allowed as targets"));
        rows.add(new Assumption("Burstable B-series sizes", s.includeBurstable() ? "included" : "left out",
                "Whether burstable B-series sizes are candidates"));
        rows.add(new Assumption("Sizes of unknown regional availability", s.unknownRegionRule().label(),
                "Sizes whose availability in the region is unknown: allowed and flagged, or excluded"));
        rows.add(new Assumption("Disk types", s.diskTypes().stream().sorted().map(DiskType::label)
                .collect(Collectors.joining(", ")), "Disk types a performance-based assessment may choose"));
        rows.add(new Assumption("Disk type as on-premises", s.asOnPremisesDiskType().label(),
                "Disk type for as-on-premises sizing (sized by provisioned capacity)"));
        rows.add(new Assumption("Disk type without performance data", s.diskTypeWithoutPerfData().label(),
                "Disk type for a disk without performance data in a performance-based assessment"));
        rows.add(new Assumption("Disk redundancy", s.diskRedundancy().label(), "Managed disk redundancy"));
        AvsSettings avs = s.avs();
        rows.add(new Assumption("AVS CPU oversubscription", AssumptionValue.number(decimal(avs.cpuOversubscription()),
                "vCPUs per core"), "AVS vCPUs per physical host core"));
        rows.add(new Assumption("AVS memory overcommit", AssumptionValue.number(decimal(avs.memoryOvercommit()), "×"),
                "AVS memory overcommit factor on host RAM"));
        rows.add(new Assumption("AVS deduplication and compression",
                AssumptionValue.number(decimal(avs.dedupeCompression()), "×"),
                "AVS vSAN deduplication and compression factor (1 = none)"));
        rows.add(new Assumption("AVS vSAN slack", AssumptionValue.share(decimal(avs.vsanSlack())),
                "Share of raw vSAN capacity kept free"));
        rows.add(new Assumption("AVS storage policy", avs.ftt().label(),
                "vSAN failures-to-tolerate policy (storage multiplier and minimum hosts)"));
        rows.add(new Assumption("AVS management vCPUs", AssumptionValue.number(avs.managementVcpus(), "vCPUs"),
                "vCPUs of the AVS management appliances added to demand"));
        rows.add(new Assumption("AVS management memory", gib(avs.managementMemory()),
                "Memory of the AVS management appliances added to demand"));
        rows.add(new Assumption("AVS management storage", gib(avs.managementStorage()),
                "Storage of the AVS management appliances added to demand (before FTT)"));
        rows.add(new Assumption("AVS node types", avs.nodeTypes().isEmpty() ? "all" : String.join(", ", avs.nodeTypes()),
                "AVS node types considered"));
        return rows;
    }

    /** The double as written in the settings (1.3, not 1.30000000000000004). */
    private static BigDecimal decimal(double value) {
        return new BigDecimal(Double.toString(value));
    }

    private static AssumptionValue gib(DataSize size) {
        return AssumptionValue.number(decimal(size.toGibibytes()), "GiB");
    }
}
