package dev.cloudfit.assess.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.generate.EstateGenerator;
import dev.cloudfit.assess.inventory.generate.GeneratorSettings;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.DiskItem;
import dev.cloudfit.assess.pricing.scenario.DiskSpec;
import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.ScenarioSettings;
import dev.cloudfit.assess.pricing.scenario.VmItem;
import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.iaas.ChosenSize;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.VmRow;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every money figure comes from one engine: sizing's choice (the IaaS monthly cost the fit and the mix use), the
 * reference column and every other scenario column of the report are the {@link CostCalculator}'s figures for the
 * same VM, at 730 and at 200 running hours; RHEL and SLES VMs carry their licence in pay-as-you-go and in the
 * savings plan alike.
 */
class OnePricingEngineTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {730, 200})
    void sizingReportAndEngineAgreeForEveryVmAndScenario(int hours) {
        Inventory inv = new EstateGenerator(GeneratorSettings.of(120, 17)).inventory();
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder()
                .criterion(SizingCriterion.AS_ON_PREMISES).hoursPerMonth(hours).build();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
        AssessmentPipeline.Outcome o = new AssessmentPipeline(AzureCatalog.bundled(), PriceSourceSettings.defaults(),
                clock).run("estate", inv, Map.of(), settings, List.of(), "0.0.0-test", dir.resolve("r.xlsx"));
        AssessmentReport r = o.report();
        Map<String, Vm> vms = new HashMap<>();
        inv.vms().forEach(v -> vms.put(v.identity().key(), v));
        Map<String, VmRow> rows = new HashMap<>();
        r.vms().forEach(v -> rows.put(v.id().instanceUuid(), v));
        CostCalculator engine = new CostCalculator(o.prices().book(), ScenarioSettings.defaults(),
                LinuxLicencePrices.embedded(settings.currency()));
        int rhelChecked = 0;
        int disksChecked = 0;
        for (FitDecision d : o.result().decisions()) {
            if (!d.iaasPlaceable()) {
                continue;
            }
            Vm vm = vms.get(d.vmKey());
            VmRow row = rows.get(VmRowMapper.identity(vm).instanceUuid());
            ChosenSize size = d.iaas().size().orElseThrow();
            Optional<Money> disks = ReportMapper.diskMonthly(d, settings.currency());
            VmLicence licence = PriceOs.of(vm.guestOs()).licence();
            VmItem item = new VmItem(d.vmKey(), ArmSkuName.of(size.name().value()), licence,
                    Region.of("westeurope"), Optional.of(BigDecimal.valueOf(hours)), size.vcpus());
            for (ScenarioRow s : r.scenarios()) {
                Scenario scenario = r.scenarios().indexOf(s) == 0 ? Scenario.of(
                        dev.cloudfit.assess.pricing.PricingPlan.PAYG, false) : scenarioNamed(s.name());
                ScenarioCost c = engine.priceVm(item, scenario);
                Optional<Money> expected = c.complete() && disks.isPresent()
                        ? Optional.of(c.monthlyTotal().plus(disks.get()).rounded()) : Optional.empty();
                assertThat(row.costIn(s.name())).as(vm.name() + " in " + s.name()).isEqualTo(expected);
            }
            // every chosen disk's price is the engine's disk line (pay-as-you-go in every scenario)
            for (DiskChoice c : d.iaas().disks()) {
                if (!c.type().isTiered()) {
                    continue;
                }
                ScenarioCost line = engine.price(List.of(new DiskItem(c.label(), new DiskSpec.Tier(
                        DiskTier.of(c.tier()), settings.diskRedundancy()), Region.of("westeurope"))),
                        Scenario.of(dev.cloudfit.assess.pricing.PricingPlan.PAYG, false));
                assertThat(c.monthly()).as(vm.name() + " " + c.label()).isEqualTo(line.complete()
                        ? Optional.of(line.monthlyTotal()) : Optional.empty());
                disksChecked++;
            }
            // sizing's own figure (used by the fit and the cheapest mix) is the reference column's
            assertThat(d.iaas().monthlyCost().map(Money::rounded)).as(vm.name() + " sizing")
                    .isEqualTo(row.costIn("PAYG"));
            if (licence == VmLicence.RHEL && row.costIn("PAYG").isPresent()) {
                rhelChecked++;
                assertThat(row.costIn("SP1Y")).as(vm.name() + ": SP1Y has the licence too").isPresent();
            }
        }
        assertThat(rhelChecked).as("RHEL VMs priced").isPositive();
        assertThat(disksChecked).as("disks compared").isPositive();
        // the displayed per-VM figures add up to the displayed total in every scenario
        for (ScenarioRow s : r.scenarios()) {
            if (s.coverage() == PriceCoverage.NONE) {
                continue;
            }
            Money sum = r.vms().stream().flatMap(v -> v.costIn(s.name()).stream())
                    .reduce(Money.zero(settings.currency()), Money::plus);
            assertThat(s.monthly(r.finance())).as(s.name()).isEqualTo(sum);
        }
    }

    private static Scenario scenarioNamed(String name) {
        boolean ahb = name.endsWith(" + AHB");
        String plan = ahb ? name.substring(0, name.length() - 6) : name;
        return Scenario.of(dev.cloudfit.assess.pricing.PricingPlan.valueOf(plan), ahb);
    }
}
