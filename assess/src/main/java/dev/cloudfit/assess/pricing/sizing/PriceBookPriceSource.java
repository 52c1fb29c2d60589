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
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.ProvisionedDiskType;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.sizing.price.Commitment;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PricePlan;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.price.ProvisionedDiskRates;
import dev.cloudfit.core.units.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The sizing engine's {@link PriceSource}, answered from a {@link PriceBook} (a workspace cache or the
 * embedded snapshot). Azure Hybrid Benefit prices a Windows VM at the base (Linux) rate, since the
 * customer brings the licence; Premium SSD v2 free allowances come from the catalog. A price the book
 * does not hold stays empty, never zero.
 */
public final class PriceBookPriceSource implements PriceSource {

    private final PriceBook book;
    private final AzureCatalog catalog;

    public PriceBookPriceSource(PriceBook book, AzureCatalog catalog) {
        this.book = Objects.requireNonNull(book, "book");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    @Override
    public Optional<Money> vmHourly(VmSizeName size, dev.cloudfit.assess.catalog.Region region, PriceOs os,
            PricePlan plan) {
        PricingOs licence = os == PriceOs.WINDOWS && !plan.hybridBenefit() ? PricingOs.WINDOWS : PricingOs.LINUX;
        return book.vmHourly(ArmSkuName.of(size.value()), region(region), licence, plan(plan.commitment()));
    }

    @Override
    public Optional<Money> diskTierMonthly(DiskTierSpec tier, DiskRedundancy redundancy,
            dev.cloudfit.assess.catalog.Region region) {
        return book.diskTierMonthly(DiskTier.of(tier.name()), redundancy, region(region));
    }

    @Override
    public Optional<ProvisionedDiskRates> provisionedDiskRates(DiskType type,
            DiskRedundancy redundancy, dev.cloudfit.assess.catalog.Region region) {
        ProvisionedDiskType priced = switch (type) {
            case PREMIUM_SSD_V2 -> ProvisionedDiskType.PREMIUM_SSD_V2;
            case ULTRA -> ProvisionedDiskType.ULTRA;
            default -> null;
        };
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

    static PricingPlan plan(Commitment commitment) {
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
