package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.catalog.DiskTierSpec;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PricePlan;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.price.ProvisionedDiskRates;
import dev.cloudfit.core.units.Money;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small in-test price table for one region in USD. The VM and disk figures are the westeurope
 * retail prices quoted in {@code shared/reference/azure-pricing-data.md} §1.4–1.5 (2026-07/08); S and
 * E tiers the reference does not quote follow the doubling pattern of the quoted ones.
 */
final class TestPrices implements PriceSource {

    private final Region region;
    private final Map<String, Money> vm = new HashMap<>();
    private final Map<String, Money> disk = new HashMap<>();
    private final Map<String, Money> avs = new HashMap<>();
    private final Map<DiskType, ProvisionedDiskRates> provisioned = new HashMap<>();

    TestPrices(Region region) {
        this.region = region;
    }

    static TestPrices empty() {
        return new TestPrices(Region.of("westeurope"));
    }

    /** Reference westeurope prices. */
    static TestPrices westEurope() {
        TestPrices p = empty();
        p.vm("Standard_D2s_v5", "0.115", "0.207");
        p.vm("Standard_D4s_v5", "0.23", "0.414");
        p.vm("Standard_D8s_v5", "0.46", "0.828");
        p.vm("Standard_D2ds_v5", "0.136", "0.228");
        p.vm("Standard_E2s_v5", "0.152", "0.244");
        p.vm("Standard_E4s_v5", "0.304", "0.488");
        p.vm("Standard_F4s_v2", "0.194", "0.37");
        p.vm("Standard_B2s", "0.048", "0.056");
        String[][] premium = {{"P1", "0.78"}, {"P2", "1.56"}, {"P3", "3.01"}, {"P4", "5.8072"}, {"P6", "11.2272"},
                {"P10", "21.68"}, {"P15", "41.811428"}, {"P20", "80.54"}, {"P30", "148.68"}, {"P40", "284.9371"},
                {"P50", "545.0971"}, {"P60", "1040.64"}, {"P70", "1982.17"}, {"P80", "3964.34"}};
        for (String[] t : premium) {
            p.disk(t[0], t[1]);
        }
        String[] e = {"E1", "E2", "E3", "E4", "E6", "E10", "E15", "E20", "E30", "E40", "E50", "E60", "E70", "E80"};
        double price = 0.30;
        for (String t : e) {
            p.disk(t, String.format(Locale.ROOT, "%.2f", price));
            price *= 2;
        }
        String[][] standard = {{"S4", "1.536"}, {"S6", "3.008"}, {"S10", "5.888"}, {"S15", "11.328"}, {"S20", "21.76"},
                {"S30", "40.96"}, {"S40", "81.92"}, {"S50", "163.84"}, {"S60", "327.68"}, {"S70", "655.36"}, {"S80", "1310.72"}};
        for (String[] t : standard) {
            p.disk(t[0], t[1]);
        }
        p.provisioned.put(DiskType.PREMIUM_SSD_V2, new ProvisionedDiskRates(usd("0.00013"), usd("0.000008"), usd("0.000065"), 3000, 125));
        p.provisioned.put(DiskType.ULTRA, new ProvisionedDiskRates(usd("0.000213"), usd("0.000088"), usd("0.000572"), 0, 0));
        return p;
    }

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    TestPrices vm(String size, String linux, String windows) {
        vm.put(key(size, PriceOs.LINUX), usd(linux));
        vm.put(key(size, PriceOs.WINDOWS), usd(windows));
        return this;
    }

    TestPrices disk(String tier, String monthly) {
        disk.put(tier.toUpperCase(Locale.ROOT), usd(monthly));
        return this;
    }

    TestPrices avs(String node, String hourly) {
        avs.put(node.toUpperCase(Locale.ROOT), usd(hourly));
        return this;
    }

    private static String key(String size, PriceOs os) {
        return size.toLowerCase(Locale.ROOT) + "|" + os;
    }

    @Override
    public Optional<Money> vmHourly(VmSizeName size, Region r, PriceOs os, PricePlan plan) {
        return r.equals(region) ? Optional.ofNullable(vm.get(key(size.value(), os))) : Optional.empty();
    }

    @Override
    public Optional<Money> diskTierMonthly(DiskTierSpec tier, DiskRedundancy redundancy, Region r) {
        return r.equals(region) && redundancy == DiskRedundancy.LRS
                ? Optional.ofNullable(disk.get(tier.name().toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    @Override
    public Optional<ProvisionedDiskRates> provisionedDiskRates(DiskType type, DiskRedundancy redundancy, Region r) {
        return r.equals(region) ? Optional.ofNullable(provisioned.get(type)) : Optional.empty();
    }

    @Override
    public Optional<Money> avsNodeHourly(String nodeType, Region r, PricePlan plan) {
        return r.equals(region) ? Optional.ofNullable(avs.get(nodeType.toUpperCase(Locale.ROOT))) : Optional.empty();
    }
}
