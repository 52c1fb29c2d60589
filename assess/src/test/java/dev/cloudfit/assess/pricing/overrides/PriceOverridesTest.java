package dev.cloudfit.assess.pricing.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.generate.EstateGenerator;
import dev.cloudfit.assess.inventory.generate.GeneratorSettings;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.assess.pricing.scenario.CostCalculator;
import dev.cloudfit.assess.pricing.scenario.Scenario;
import dev.cloudfit.assess.pricing.scenario.ScenarioCost;
import dev.cloudfit.assess.pricing.scenario.ScenarioSettings;
import dev.cloudfit.assess.pricing.scenario.VmItem;
import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.report.AssessmentPipeline;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.FitOption;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Negotiated prices laid over the embedded snapshot. The snapshot has no reservation rows and no AVS prices at
 * all (fixture README: "Azure VMware Solution (AV36/AV36P/AV52/AV64) prices of any kind" are missing), so these
 * scenarios can only be priced offline from an overrides file; the expected figures are the file's rates × the
 * billed hours, computed by hand.
 */
class PriceOverridesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final String HEADER = "service,sku,region,currency,priceType,unitPrice,source\n";

    @TempDir
    Path dir;

    private Path file(String body) throws IOException {
        Path f = dir.resolve("overrides.csv");
        Files.writeString(f, HEADER + body);
        return f;
    }

    @Test
    void aReservationRateAndALicenceMeterArePricedOfflineFromTheFile() throws IOException {
        PriceOverrides o = PriceOverrides.read(file("""
                Virtual Machines,Standard_D2s_v5,westeurope,USD,RI3Y,0.0457,EA price sheet 2026-11
                Virtual Machines Licenses,RHEL 3,,USD,PAYG,0.02,Red Hat contract
                """), USD);
        PriceBook embedded = new PriceSourceResolver(PriceSourceSettings.defaults(), Clock.systemUTC())
                .resolve(List.of(Region.of("westeurope")), USD, new BigDecimal("730")).book();
        CostCalculator engine = new CostCalculator(o.applyTo(embedded), ScenarioSettings.defaults(),
                o.applyTo(LinuxLicencePrices.embedded(USD)));
        VmItem linux = new VmItem("d2", ArmSkuName.of("Standard_D2s_v5"), VmLicence.LINUX, Region.of("westeurope"),
                Optional.of(new BigDecimal("200")), 2);
        ScenarioCost ri = engine.priceVm(linux, Scenario.of(PricingPlan.RI3Y, false));
        // a reservation bills every hour: 0.0457 × 730 = 33.361, whatever the 200 running hours
        assertThat(ri.complete()).isTrue();
        assertThat(ri.monthlyTotal().rounded()).isEqualTo(Money.of("33.36", "USD"));
        // without the file the embedded snapshot has no reservation row: missing
        assertThat(new CostCalculator(embedded, ScenarioSettings.defaults()).priceVm(linux,
                Scenario.of(PricingPlan.RI3Y, false)).complete()).isFalse();
        // RHEL on 3 vCPUs (no published meter) priced from the file: PAYG (0.115 + 0.02) × 730 = 98.55;
        // 0.115 is radar vm-eu-west.json "Virtual Machines Dsv5 Series" Standard_D2s_v5
        VmItem rhel3 = new VmItem("rhel3", ArmSkuName.of("Standard_D2s_v5"), VmLicence.RHEL, Region.of("westeurope"),
                Optional.empty(), 3);
        assertThat(engine.priceVm(rhel3, Scenario.of(PricingPlan.PAYG, false)).monthlyTotal().rounded())
                .isEqualTo(Money.of("98.55", "USD"));
    }

    @Test
    void anAvsNodeRateFromTheFilePricesAllAvsAndIsListedOnAssumptions() throws IOException {
        Path f = file("""
                Azure VMware Solution,AV36P,westeurope,USD,PAYG,8.00,negotiated AVS quote Q-17
                """);
        Inventory inv = new EstateGenerator(GeneratorSettings.of(30, 5)).inventory();
        AssessmentSettings settings = AssessmentSettings.defaults().toBuilder()
                .criterion(SizingCriterion.AS_ON_PREMISES).hoursPerMonth(200).build();
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC);
        AssessmentPipeline.Outcome o = new AssessmentPipeline(AzureCatalog.bundled(), PriceSourceSettings.defaults(),
                clock).withOverrides(PriceOverrides.read(f, USD)).run("estate", inv, Map.of(), settings, List.of(),
                "test", dir.resolve("r.xlsx"));
        AssessmentReport r = o.report();
        var allAvs = o.result().comparison().allAvs();
        assertThat(allAvs.avs()).isPresent();
        assertThat(allAvs.avs().get().nodeType()).isEqualTo("AV36P");
        int nodes = allAvs.avs().get().nodes();
        // AVS hosts bill every hour: 8.00 × 730 = 5,840 per host, whatever the 200 running hours
        Money expected = Money.of("5840", "USD").times(nodes).rounded();
        FitOption option = r.fitOptions().stream().filter(x -> x.name().equals("All AVS")).findFirst().orElseThrow();
        assertThat(option.monthly()).contains(expected);
        assertThat(r.assumptions()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Price override, line 2");
            assertThat(a.value().text()).isEqualTo("AV36P westeurope PAYG 8 USD per hour (negotiated AVS quote Q-17)");
        });
    }

    @Test
    void badLinesAreRefusedNamingLineAndColumn() throws IOException {
        assertThatThrownBy(() -> PriceOverrides.read(file("Virtual Machines,Standard_D2s_v5,westeurope,EUR,PAYG,0.1,x\n"),
                USD)).isInstanceOf(BadInputException.class).hasMessageContaining("overrides.csv")
                .hasMessageContaining("2").hasMessageContaining("currency").hasMessageContaining("never converted");
        assertThatThrownBy(() -> PriceOverrides.read(file("Cloud Services,x,westeurope,USD,PAYG,1,x\n"), USD))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown service 'Cloud Services'");
        assertThatThrownBy(() -> PriceOverrides.read(file("Virtual Machines,Standard_D2s_v5,westeurope,USD,PAYG,1,x\n"
                + "Virtual Machines,standard_d2s_v5,westeurope,USD,PAYG,2,y\n"), USD))
                .isInstanceOf(BadInputException.class).hasMessageContaining("the same price as line 2");
        assertThatThrownBy(() -> PriceOverrides.read(file("Virtual Machines,Standard_D2s_v5,westeurope,USD,RI5Y,1,x\n"),
                USD)).isInstanceOf(BadInputException.class).hasMessageContaining("priceType");
        assertThatThrownBy(() -> PriceOverrides.read(file("Managed Disks,P10 LRS,westeurope,USD,PAYG,1,2,x\n"), USD))
                .isInstanceOf(BadInputException.class);
    }
}
