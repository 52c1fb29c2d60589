package dev.cloudfit.assess.sizing.disk;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.assess.catalog.DiskTierSpec;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.ProvisionedDiskSpec;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Severity;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the managed disk for one source disk (METHOD step 4): for each candidate type the smallest
 * configuration meeting capacity, IOPS and MB/s (base performance, bursts ignored), then the cheapest
 * priced one. Candidate types: the allowed types for a measured disk; the as-on-premises type in an
 * as-on-premises assessment; the no-data fallback type for an unmeasured disk. An OS disk never goes
 * to Premium SSD v2 or Ultra (it falls back to Premium SSD if nothing else is allowed).
 * One instance per run: tier prices are looked up once.
 */
public final class DiskSizer {

    private static final double EPSILON = 1e-9;

    private final AzureCatalog catalog;
    private final PriceSource prices;
    private final AssessmentSettings settings;
    private final Map<String, Optional<Money>> tierPrices = new HashMap<>();
    private final Map<DiskType, List<DiskTierSpec>> dataTiers = new HashMap<>();
    private final Map<DiskType, List<DiskTierSpec>> osTiers = new HashMap<>();

    public DiskSizer(AzureCatalog catalog, PriceSource prices, AssessmentSettings settings) {
        this.catalog = catalog;
        this.prices = prices;
        this.settings = settings;
    }

    public DiskOutcome size(DiskNeed need) {
        List<Finding> findings = new ArrayList<>();
        Set<DiskType> types = candidateTypes(need);
        double iops = need.iops().orElse(0);
        double mbps = need.mbps().orElse(0);
        DataSize capacity = need.capacity().isZero() ? DataSize.ofGibibytes(1) : need.capacity();

        List<DiskChoice> fits = new ArrayList<>();
        boolean anyHoldsCapacity = false;
        boolean anyMeetsIops = false;
        for (DiskType type : types) {
            if (type.isTiered()) {
                List<DiskTierSpec> tiers = tiers(type, need.osDisk());
                DiskTierSpec smallest = null;
                for (DiskTierSpec t : tiers) {
                    if (!t.holds(capacity)) {
                        continue;
                    }
                    anyHoldsCapacity = true;
                    if (smallest == null) {
                        smallest = t;
                    }
                    if (t.baseIops() + EPSILON < iops) {
                        continue;
                    }
                    anyMeetsIops = true;
                    if (t.baseThroughput().toMegabytesPerSecond() + EPSILON < mbps) {
                        continue;
                    }
                    fits.add(new DiskChoice(need.label(), need.osDisk(), type, t.name(), t.size(), t.baseIops(),
                            t.baseThroughput(), tierPrice(t), driver(need, smallest, t, iops)));
                    break;
                }
            } else {
                Optional<ProvisionedDiskSpec> spec = catalog.provisionedDisk(type);
                if (spec.isEmpty() || !spec.get().redundancy().contains(settings.diskRedundancy())) {
                    continue;
                }
                ProvisionedDisks.Config c = ProvisionedDisks.configure(spec.get(), capacity, iops, mbps);
                anyHoldsCapacity |= c.holdsCapacity();
                anyMeetsIops |= c.meetsIops();
                if (c.fits()) {
                    fits.add(new DiskChoice(need.label(), need.osDisk(), type,
                            type == DiskType.ULTRA ? "Ultra" : "PremiumV2", c.size(), c.iops(),
                            DataRate.ofMegabytesPerSecond(c.mbps()), provisionedPrice(type, c),
                            need.measured() ? (c.iops() > spec.get().baselineIops() ? DiskDriver.IOPS : DiskDriver.CAPACITY)
                                    : DiskDriver.CAPACITY_NO_PERF_DATA));
                }
            }
        }
        if (fits.isEmpty()) {
            findings.add(noFit(need, anyHoldsCapacity, anyMeetsIops, types));
            return new DiskOutcome(Optional.empty(), findings);
        }
        Optional<DiskChoice> cheapest = fits.stream().filter(f -> f.monthly().isPresent())
                .min(Comparator.comparing((DiskChoice f) -> f.monthly().orElseThrow()));
        if (cheapest.isPresent()) {
            long unpriced = fits.stream().filter(f -> f.monthly().isEmpty()).count();
            if (unpriced > 0) {
                findings.add(new Finding("price.disk-candidates-unpriced", "CannotReportStorageCost", Severity.INFO,
                        need.label(), unpriced + " fitting disk option(s) have no price in " + settings.region()
                        + " and were not compared", "Refresh the price snapshot"));
            }
        } else {
            findings.add(new Finding("price.disk-missing", "CannotReportStorageCost", Severity.INFO, need.label(),
                    "No fitting disk option has a price in " + settings.region() + "; the first fitting type was kept, without cost",
                    "Refresh the price snapshot or choose a region with disk prices"));
        }
        if (!need.measured() && settings.criterion() == SizingCriterion.PERFORMANCE_BASED) {
            findings.add(new Finding("disk.perf-missing", "NumberOfReadOperationsPerSecondMissing", Severity.INFO,
                    need.label(), "No IOPS or MB/s data for this disk; sized by capacity as " + settings.diskTypeWithoutPerfData(),
                    "Collect disk performance counters (vCenter statistics level 3) and re-assess"));
        }
        return new DiskOutcome(Optional.of(cheapest.orElse(fits.get(0))), findings);
    }

    /** The type's tiers offered with the redundancy (and usable as OS disk when asked), smallest first; computed once. */
    private List<DiskTierSpec> tiers(DiskType type, boolean osDisk) {
        return (osDisk ? osTiers : dataTiers).computeIfAbsent(type, k -> catalog.diskTiers(k).stream()
                .filter(t -> t.redundancy().contains(settings.diskRedundancy()))
                .filter(t -> !osDisk || t.osDisk())
                .sorted(Comparator.comparing(DiskTierSpec::size))
                .toList());
    }

    private Set<DiskType> candidateTypes(DiskNeed need) {
        Set<DiskType> types;
        if (settings.criterion() == SizingCriterion.AS_ON_PREMISES) {
            types = EnumSet.of(settings.asOnPremisesDiskType());
        } else if (!need.measured()) {
            types = EnumSet.of(settings.diskTypeWithoutPerfData());
        } else {
            types = EnumSet.copyOf(settings.diskTypes());
        }
        if (need.osDisk()) {
            types.remove(DiskType.PREMIUM_SSD_V2);
            types.remove(DiskType.ULTRA);
            if (types.isEmpty()) {
                types.add(DiskType.PREMIUM_SSD);
            }
        }
        return types;
    }

    private static DiskDriver driver(DiskNeed need, DiskTierSpec smallest, DiskTierSpec chosen, double iops) {
        if (!need.measured()) {
            return DiskDriver.CAPACITY_NO_PERF_DATA;
        }
        if (chosen == smallest) {
            return DiskDriver.CAPACITY;
        }
        return smallest.baseIops() + EPSILON < iops ? DiskDriver.IOPS : DiskDriver.THROUGHPUT;
    }

    private Optional<Money> tierPrice(DiskTierSpec t) {
        return tierPrices.computeIfAbsent(t.name(),
                k -> prices.diskTierMonthly(t, settings.diskRedundancy(), settings.region()));
    }

    private Optional<Money> provisionedPrice(DiskType type, ProvisionedDisks.Config c) {
        return prices.provisionedDiskMonthly(type, settings.diskRedundancy(), settings.region(), c.size(), c.iops(),
                PriceSource.billedMbps(c.mbps())); // the whole billing month, whatever the VM's running hours
    }

    private Finding noFit(DiskNeed need, boolean holds, boolean meetsIops, Set<DiskType> types) {
        if (!holds) {
            return new Finding("azure.disk.no-size", "DiskSizeGreaterThanSupported", Severity.BLOCKER, need.label(),
                    "No " + types + " disk holds " + need.capacity(), "Split the volume, or allow Premium SSD v2 or Ultra (up to 64 TiB)");
        }
        String remedy = need.osDisk()
                ? "An OS disk cannot be Premium SSD v2 or Ultra: move the I/O-heavy files to a data disk"
                : types.contains(DiskType.PREMIUM_SSD_V2) && types.contains(DiskType.ULTRA)
                        ? "Spread the load over several disks (striped volume)"
                        : "Allow Premium SSD v2 or Ultra (--disk-types), or spread the load over several disks";
        if (!meetsIops) {
            return new Finding("azure.disk.no-iops", "NoSuitableDiskSizeForIops", Severity.BLOCKER, need.label(),
                    String.format(java.util.Locale.ROOT, "No %s disk gives %.0f IOPS", types, need.iops().orElse(0)),
                    remedy);
        }
        return new Finding("azure.disk.no-throughput", "NoSuitableDiskSizeForThroughput", Severity.BLOCKER, need.label(),
                String.format(java.util.Locale.ROOT, "No %s disk gives %.1f MB/s", types, need.mbps().orElse(0)),
                remedy);
    }
}
