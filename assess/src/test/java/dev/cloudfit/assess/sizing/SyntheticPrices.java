package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.catalog.DiskTierSpec;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PricePlan;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.price.ProvisionedDiskRates;
import dev.cloudfit.core.units.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Prices every catalog size with per-vCPU and per-GiB rates that differ by series (so series compete
 * on price), plus a Windows surcharge per vCPU; disks and AVS from {@link TestPrices#westEurope()}.
 * Not real prices: for properties over the whole catalog and for the benchmark.
 */
final class SyntheticPrices implements PriceSource {

    private final AzureCatalog catalog;
    private final TestPrices real = TestPrices.westEurope().avs("AV36", "8.00").avs("AV36P", "9.10").avs("AV52", "13.70");

    SyntheticPrices(AzureCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Money> vmHourly(VmSizeName size, Region region, PriceOs os, PricePlan plan) {
        VmSizeSpec s = catalog.vmSize(size).orElseThrow();
        int h = Math.floorMod(s.series().value().hashCode(), 7);
        BigDecimal perCpu = new BigDecimal("0.030").add(new BigDecimal(h).movePointLeft(3));
        BigDecimal perGib = new BigDecimal("0.004").add(new BigDecimal(Math.floorMod(h * 3, 5)).movePointLeft(4));
        BigDecimal hourly = perCpu.multiply(BigDecimal.valueOf(s.vcpus()))
                .add(perGib.multiply(BigDecimal.valueOf(s.memory().toGibibytes())))
                .add(os == PriceOs.WINDOWS ? new BigDecimal("0.046").multiply(BigDecimal.valueOf(s.vcpus())) : BigDecimal.ZERO)
                .setScale(6, RoundingMode.HALF_UP);
        return Optional.of(Money.of(hourly, "USD"));
    }

    @Override
    public Optional<Money> diskTierMonthly(DiskTierSpec tier, DiskRedundancy redundancy, Region region) {
        return real.diskTierMonthly(tier, redundancy, region);
    }

    @Override
    public Optional<ProvisionedDiskRates> provisionedDiskRates(DiskType type, DiskRedundancy redundancy, Region region) {
        return real.provisionedDiskRates(type, redundancy, region);
    }

    @Override
    public Optional<Money> avsNodeHourly(String nodeType, Region region, PricePlan plan) {
        return real.avsNodeHourly(nodeType, region, plan);
    }
}
