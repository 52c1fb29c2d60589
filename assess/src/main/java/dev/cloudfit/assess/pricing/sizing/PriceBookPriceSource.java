package dev.cloudfit.assess.pricing.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskTierSpec;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.ProvisionedDiskSpec;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.AvsNodeSku;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.ProvisionedDiskType;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.price.Commitment;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PricePlan;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.price.ProvisionedDiskRates;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.DiskItem;
import dev.cloudfit.assess.pricing.scenario.DiskSpec;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.ScenarioSettings;
import dev.cloudfit.assess.pricing.scenario.VmItem;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sizing engine's {@link PriceSource}, answered from a {@link PriceBook} (a workspace cache or the
 * embedded snapshot). VM prices come from the one pricing engine, {@link CostCalculator}: Windows rows, RHEL/SLES
 * licence meters, Azure Hybrid Benefit and the billing hours exactly as every scenario column prices them; Premium SSD v2 free allowances come from the catalog. A price the book
 * does not hold stays empty, never zero. Disk prices come from the same engine ({@code CostCalculator}'s disk
 * lines): one engine prices every money figure.
 */
public final class PriceBookPriceSource implements PriceSource {

    private final PriceBook book;
    private final AzureCatalog catalog;
    private final CostCalculator engine;

    /** With the embedded RHEL/SLES licence meters of the book's currency. */
    public PriceBookPriceSource(PriceBook book, AzureCatalog catalog) {
        this(book, catalog, LinuxLicencePrices.embedded(book.currency()));
    }

    public PriceBookPriceSource(PriceBook book, AzureCatalog catalog, LinuxLicencePrices licences) {
        this.book = Objects.requireNonNull(book, "book");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.engine = new CostCalculator(book,
                ScenarioSettings.defaults().withCurrency(book.currency()).withHoursPerMonth(book.hoursPerMonth()),
                licences);
    }

    /** The effective hourly price over a whole month: the engine's monthly price / the hours of the month. */
    @Override
    public Optional<Money> vmHourly(VmSizeName size, dev.cloudfit.assess.catalog.Region region, PriceOs os,
            PricePlan plan) {
        return price(size, region, os, plan, Optional.empty())
                .map(m -> new Money(m.amount().divide(book.hoursPerMonth(), 10, RoundingMode.HALF_UP), m.currency()));
    }

    /** From the one pricing engine: the same figure the scenario columns show for this size and plan. */
    @Override
    public Optional<Money> vmMonthly(VmSizeName size, dev.cloudfit.assess.catalog.Region region, PriceOs os,
            PricePlan plan, int runningHours) {
        return price(size, region, os, plan, Optional.of(BigDecimal.valueOf(runningHours)));
    }

    private Optional<Money> price(VmSizeName size, dev.cloudfit.assess.catalog.Region region, PriceOs os,
            PricePlan plan, Optional<BigDecimal> running) {
        int vcpus = catalog.vmSize(size).map(v -> v.vcpus()).orElse(0);
        VmItem item = new VmItem(size.value(), ArmSkuName.of(size.value()), os.licence(), region(region), running,
                vcpus);
        ScenarioCost cost = engine.priceVm(item, Scenario.of(plan(plan.commitment()), plan.hybridBenefit()));
        return cost.complete() ? Optional.of(cost.monthlyTotal()) : Optional.empty();
    }

    /** From the one pricing engine: the disk line every scenario shows for this tier. */
    @Override
    public Optional<Money> diskTierMonthly(DiskTierSpec tier, DiskRedundancy redundancy,
            dev.cloudfit.assess.catalog.Region region) {
        return disk(engine, new DiskSpec.Tier(DiskTier.of(tier.name()), redundancy), region);
    }

    /**
     * From the one pricing engine, over the book's billing month (730 h): the disk line every scenario shows for
     * this disk. Never the VM's running hours — a managed disk's provisioned capacity, IOPS and throughput are
     * billed every hour of the month, whether its VM runs or is deallocated
     * (https://learn.microsoft.com/azure/virtual-machines/states-billing; docs/pricing.md, "Disks and running hours").
     */
    @Override
    public Optional<Money> provisionedDiskMonthly(DiskType type, DiskRedundancy redundancy,
            dev.cloudfit.assess.catalog.Region region, DataSize capacity, long iops, long mbps) {
        ProvisionedDiskType priced = provisioned(type);
        if (priced == null || redundancy != DiskRedundancy.LRS) {
            return Optional.empty();
        }
        return disk(engine, new DiskSpec.Provisioned(priced, capacity, iops, mbps), region);
    }

    private static Optional<Money> disk(CostCalculator engine, DiskSpec spec, dev.cloudfit.assess.catalog.Region region) {
        // disks are pay-as-you-go in every scenario (docs/pricing.md)
        ScenarioCost cost = engine.price(List.of(new DiskItem("disk", spec, region(region))),
                Scenario.of(PricingPlan.PAYG, false));
        return cost.complete() ? Optional.of(cost.monthlyTotal()) : Optional.empty();
    }

    /**
     * What the engine prices for a disk the sizer chose: its tier with {@code redundancy}, or Premium SSD v2 / Ultra
     * with its capacity, IOPS and throughput in whole MB/s rounded up, as the disk sizer priced it.
     */
    public static DiskSpec diskSpec(DiskChoice chosen, DiskRedundancy redundancy) {
        ProvisionedDiskType priced = provisioned(chosen.type());
        if (priced == null) {
            return new DiskSpec.Tier(DiskTier.of(chosen.tier()), redundancy);
        }
        return new DiskSpec.Provisioned(priced, chosen.size(), chosen.iops(),
                PriceSource.billedMbps(chosen.throughput().toMegabytesPerSecond()));
    }

    private static ProvisionedDiskType provisioned(DiskType type) {
        return switch (type) {
            case PREMIUM_SSD_V2 -> ProvisionedDiskType.PREMIUM_SSD_V2;
            case ULTRA -> ProvisionedDiskType.ULTRA;
            default -> null;
        };
    }

    @Override
    public Optional<ProvisionedDiskRates> provisionedDiskRates(DiskType type,
            DiskRedundancy redundancy, dev.cloudfit.assess.catalog.Region region) {
        ProvisionedDiskType priced = provisioned(type);
        if (priced == null || redundancy != DiskRedundancy.LRS) {
            return Optional.empty();
        }
        Optional<ProvisionedDiskSpec> spec = catalog.provisionedDisk(type);
        return book.provisionedDiskRates(priced, region(region)).flatMap(rates -> spec.map(s ->
                new ProvisionedDiskRates(
                        rates.capacityPerGib().perHour(book.hoursPerMonth()),
                        rates.perIops().perHour(book.hoursPerMonth()),
                        rates.perMbps().perHour(book.hoursPerMonth()),
                        s.baselineIops(),
                        (int) Math.round(s.baselineThroughput().toMegabytesPerSecond()))));
    }

    @Override
    public Optional<Money> avsNodeHourly(String nodeType, dev.cloudfit.assess.catalog.Region region, PricePlan plan) {
        return book.avsNodeHourly(AvsNodeSku.of(nodeType), region(region), plan(plan.commitment()));
    }

    private static Region region(dev.cloudfit.assess.catalog.Region region) {
        return Region.of(region.name());
    }

    public static PricingPlan plan(Commitment commitment) {
        return switch (commitment) {
            case PAY_AS_YOU_GO -> PricingPlan.PAYG;
            case RESERVED_1_YEAR -> PricingPlan.RI1Y;
            case RESERVED_3_YEARS -> PricingPlan.RI3Y;
            case SAVINGS_PLAN_1_YEAR -> PricingPlan.SP1Y;
            case SAVINGS_PLAN_3_YEARS -> PricingPlan.SP3Y;
            case DEV_TEST -> PricingPlan.DEV_TEST;
        };
    }
}
