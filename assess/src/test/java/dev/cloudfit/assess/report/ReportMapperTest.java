package dev.cloudfit.assess.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.generate.EstateGenerator;
import dev.cloudfit.assess.inventory.generate.GeneratorSettings;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.Fit;
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.VmRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report mapped from a generated estate sized as on-premises and priced with the embedded snapshot. */
class ReportMapperTest {

    @TempDir
    Path dir;

    private AssessmentReport report() {
        Inventory inv = new EstateGenerator(GeneratorSettings.of(40, 5)).inventory();
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder()
                .criterion(SizingCriterion.AS_ON_PREMISES).build();
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
        return new AssessmentPipeline(AzureCatalog.bundled(), PriceSourceSettings.defaults(), clock)
                .run("test estate", inv, Map.of(), settings, List.of(new InputFile("e.xlsx", "a".repeat(64))),
                        "0.0.0-test", dir.resolve("r.xlsx")).report();
    }

    @Test
    void vmRowsSayAsOnPremisesAndMissingPricesStayMissing() {
        AssessmentReport r = report();
        assertThat(r.vms()).isNotEmpty();
        assertThat(r.vms()).allSatisfy(v -> assertThat(v.bindingConstraint()).startsWith(VmRowMapper.AS_ON_PREMISES));
        assertThat(r.vms()).allSatisfy(v -> assertThat(v.cpu()).isEmpty());
        for (VmRow v : r.vms()) {
            assertThat(v.monthlyCost()).containsKey("PAYG");
            if (v.fit() != Fit.IAAS || v.recommendedSize().isEmpty()) {
                assertThat(v.costIn("PAYG")).isEmpty();
            }
        }
        assertThat(r.vms()).anySatisfy(v -> assertThat(v.costIn("PAYG")).isPresent());
        assertThat(r.scenarios().get(0).name()).isEqualTo("PAYG");
        assertThat(r.scenarios().get(0).monthly(r.finance()).amount().signum()).isPositive();
        assertThat(r.scenarios()).extracting(s -> s.name()).contains("PAYG + AHB", "RI3Y", "SP1Y + AHB");
        for (var s : r.scenarios()) {
            long withCost = r.vms().stream().filter(v -> v.costIn(s.name()).isPresent()).count();
            assertThat(s.pricedVms()).as(s.name()).isEqualTo(withCost);
            assertThat(r.vms()).allSatisfy(v -> assertThat(v.monthlyCost()).containsKey(s.name()));
        }
    }

    @Test
    void avsRowsShowNodeUtilisationAndTheFttFindings() {
        AssessmentReport r = report();
        assertThat(r.avs()).isNotEmpty();
        assertThat(r.avs()).allSatisfy(a -> {
            assertThat(a.utilisation()).isPresent();
            assertThat(a.utilisation().get().cpu()).isBetween(0.0, 1.0);
            assertThat(a.utilisation().get().memory()).isBetween(0.0, 1.0);
            assertThat(a.utilisation().get().storage()).isBetween(0.0, 1.0);
            // AV64 is never shown alone: it always names its first cluster
            if (a.nodeType().startsWith("AV64")) {
                assertThat(a.nodeType()).contains("with a first cluster of");
            }
        });
    }

    @Test
    void scenariosWithoutPricesInTheSnapshotHaveNoTotalAndNoFigureIsAMadeUpZero() {
        AssessmentReport r = report();
        long onIaas = r.plan().size(); // one plan row per VM placed on IaaS
        assertThat(onIaas).isPositive();
        for (var s : r.scenarios()) {
            assertThat(s.pricedVms() + s.missingPrices()).as(s.name() + ": VMs on IaaS").isEqualTo(onIaas);
        }
        // the embedded snapshot has pay-as-you-go and 1-year savings plan prices, no reservations
        var ri3y = r.scenarios().stream().filter(s -> s.name().equals("RI3Y")).findFirst().orElseThrow();
        assertThat(ri3y.coverage()).isEqualTo(PriceCoverage.NONE);
        assertThat(ri3y.monthlyIfPriced(r.finance())).isEmpty();
        assertThat(ri3y.missingText()).startsWith("n/a — no price in embedded snapshot of 20");
        assertThat(r.scenarios().get(0).coverage()).as("PAYG").isNotEqualTo(PriceCoverage.NONE);
        assertThat(r.fitOptions()).hasSize(4).allSatisfy(f -> f.monthly().ifPresentOrElse(
                m -> assertThat(m.amount().signum()).as(f.name()).isPositive(),
                () -> assertThat(f.note()).as(f.name()).startsWith("n/a — ")));
        assertThat(r.avs()).allSatisfy(a -> a.monthlyCost().ifPresent(
                m -> assertThat(m.amount().signum()).as(a.scope()).isPositive()));
    }

    @Test
    void planDefaultsFillTheTargetsOfEveryPlanRow() throws Exception {
        Path rules = dir.resolve("rules.csv");
        java.nio.file.Files.writeString(rules, "match,pattern,resource group,vnet,subnet,wave,ip,test vnet\n"
                + "cluster,*,rg-landing,vnet-landing,snet-apps,2,,vnet-landing-test\n");
        Inventory inv = new EstateGenerator(GeneratorSettings.of(20, 5)).inventory();
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder()
                .criterion(SizingCriterion.AS_ON_PREMISES).build();
        AssessmentReport r = new AssessmentPipeline(AzureCatalog.bundled(), PriceSourceSettings.defaults(),
                Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC))
                .withPlanDefaults(dev.cloudfit.assess.plan.PlanDefaultsFile.read(rules))
                .run("test estate", inv, Map.of(), settings, List.of(), "0.0.0-test", dir.resolve("p.xlsx")).report();
        assertThat(r.plan()).isNotEmpty().allSatisfy(p -> {
            assertThat(List.of(p.resourceGroup(), p.vnet(), p.subnet(), p.testVnet()))
                    .containsExactly("rg-landing", "vnet-landing", "snet-apps", "vnet-landing-test");
            assertThat(p.wave()).isEqualTo(2);
        });
    }

    @Test
    void planRowsAndAssumptions() {
        AssessmentReport r = report();
        assertThat(r.plan()).isNotEmpty();
        for (PlanRow p : r.plan()) {
            assertThat(p.resourceGroup()).startsWith("rg-");
            assertThat(p.vnet()).as("set by the admin or --plan-defaults, never a placeholder").isEmpty();
            assertThat(p.subnet()).isEmpty();
            assertThat(p.ip()).isEqualTo(PlanRow.DYNAMIC_IP);
            assertThat(p.wave()).isEqualTo(1);
            assertThat(p.region()).isEqualTo("westeurope");
        }
        List<String> names = r.assumptions().stream().map(Assumption::name).toList();
        // the tool version and the inputs' digests come once, from the header and the input files
        assertThat(names).contains("Price source", "Catalog version").doesNotContain("Tool version", "Input e.xlsx")
                .doesNotHaveDuplicates();
        assertThat(r.assumptions()).filteredOn(a -> a.name().equals("Price source"))
                .singleElement().satisfies(a -> assertThat(a.value().text()).contains("embedded"));
        assertThat(r.assumptions().size()).isGreaterThan(8);
        assertThat(r.onPremises()).isNotEmpty();
        assertThat(r.inputFiles()).hasSize(1);
    }
}
