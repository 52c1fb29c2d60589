package dev.cloudfit.assess.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.generate.EstateGenerator;
import dev.cloudfit.assess.inventory.generate.GeneratorSettings;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.assess.pricing.sizing.PriceBookPriceSource;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.pricing.source.ResolvedPrices;
import dev.cloudfit.assess.sizing.EstateAssessment;
import dev.cloudfit.assess.sizing.EstateResult;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.Fit;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.VmRow;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * For random estates and running hours: in every scenario the displayed (rounded) per-VM figures add up to the
 * displayed total, and the scenario states exactly which VMs it prices (priced + missing = the VMs on IaaS, and
 * priced = the VMs with a figure).
 */
class DisplayedMoneyAddsUpPropertiesTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();
    private static final ResolvedPrices PRICES = new PriceSourceResolver(PriceSourceSettings.defaults(),
            Clock.systemUTC()).resolve(List.of(Region.of("westeurope")), java.util.Currency.getInstance("USD"),
            PriceBook.DEFAULT_HOURS_PER_MONTH);

    @Property(tries = 25)
    void perVmFiguresAddUpToEveryScenarioTotal(@ForAll @IntRange(min = 1, max = 60) int vms,
            @ForAll @IntRange(min = 0, max = 100_000) int seed, @ForAll @IntRange(min = 1, max = 744) int hours) {
        Inventory inv = new EstateGenerator(GeneratorSettings.of(vms, seed)).inventory();
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder()
                .criterion(SizingCriterion.AS_ON_PREMISES).hoursPerMonth(hours).build();
        LinuxLicencePrices licences = LinuxLicencePrices.embedded(settings.currency());
        EstateResult result = new EstateAssessment(CATALOG, new PriceBookPriceSource(PRICES.book(), CATALOG, licences),
                settings, FitRules.builtIn()).assess(inv.vms(), vm -> Optional.empty());
        AssessmentReport r = ReportMapper.map(new ReportInputs("estate", inv, result, PRICES, settings, "catalog",
                "test", List.of(), Map.of(), Instant.parse("2026-12-07T00:00:00Z"), licences,
                dev.cloudfit.assess.pricing.overrides.PriceOverrides.none(), dev.cloudfit.assess.plan.PlanDefaults.NONE));
        long onIaas = r.vms().stream().filter(v -> v.fit() == Fit.IAAS && v.recommendedSize().isPresent()).count();
        for (ScenarioRow s : r.scenarios()) {
            List<Money> shown = r.vms().stream().flatMap(v -> v.costIn(s.name()).stream()).toList();
            assertThat(s.pricedVms()).as(s.name() + " priced VMs").isEqualTo(shown.size());
            assertThat(s.pricedVms() + s.missingPrices()).as(s.name() + " VMs in scope").isEqualTo(onIaas);
            for (Money m : shown) {
                assertThat(m.amount().scale()).as("rounded once, to the cent").isEqualTo(2);
            }
            Money sum = shown.stream().reduce(Money.zero(settings.currency()), Money::plus);
            if (!shown.isEmpty()) {
                assertThat(s.monthly(r.finance())).as(s.name()).isEqualTo(sum);
            }
        }
        for (VmRow v : r.vms()) {
            if (v.fit() != Fit.IAAS) {
                assertThat(v.monthlyCost().values()).allSatisfy(c -> assertThat(c).isEmpty());
            }
        }
    }
}
