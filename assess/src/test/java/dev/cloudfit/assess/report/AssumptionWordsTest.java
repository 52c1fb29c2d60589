package dev.cloudfit.assess.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.onprem.OnPremCostInputs;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.sizing.price.Commitment;
import dev.cloudfit.assess.sizing.price.PricePlan;
import dev.cloudfit.assess.sizing.readiness.FindingMeanings;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.AvsSettings;
import dev.cloudfit.assess.sizing.settings.FttPolicy;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.assess.sizing.settings.UnknownRegionRule;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.AssumptionValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 16 point 8: the Assumptions rows say settings in words and figures as numbers, never enum names. */
class AssumptionWordsTest {

    private static Map<String, Assumption> byName(List<Assumption> rows) {
        return rows.stream().collect(Collectors.toMap(Assumption::name, Function.identity()));
    }

    @Test
    void everySettingIsWordsOrAFigureAndNoEnumNameShows() {
        AssessmentSettings s = AssessmentSettings.defaults().toBuilder()
                .criterion(SizingCriterion.AS_ON_PREMISES)
                .pricePlan(new PricePlan(Commitment.RESERVED_3_YEARS, true))
                .unknownRegionRule(UnknownRegionRule.EXCLUDE)
                .diskTypes(EnumSet.of(DiskType.PREMIUM_SSD, DiskType.PREMIUM_SSD_V2))
                .diskRedundancy(DiskRedundancy.ZRS)
                .window(Duration.ofDays(14))
                .comfortFactor(1.25)
                .avs(AvsSettings.defaults().withFtt(FttPolicy.FTT2_RAID6))
                .build();
        List<Assumption> rows = SettingAssumptions.of(s);
        // one row per setting, but region and currency, which the sheet states once from the report's header
        assertThat(rows).hasSize(s.describe().size() - 2);
        assertThat(rows).extracting(Assumption::name).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).doesNotContain(".").matches("[A-Z].*"));
        Map<String, Assumption> by = byName(rows);
        assertThat(by.get("Sizing criterion").value().text()).isEqualTo("As on-premises");
        assertThat(by.get("Price plan").value().text()).isEqualTo("3-year reservation with Azure Hybrid Benefit");
        assertThat(by.get("Sizes of unknown regional availability").value().text()).isEqualTo("Excluded");
        assertThat(by.get("Disk types").value().text()).isEqualTo("Premium SSD, Premium SSD v2");
        assertThat(by.get("Disk redundancy").value().text()).isEqualTo("Zone-redundant (ZRS)");
        assertThat(by.get("AVS storage policy").value().text()).isEqualTo("FTT 2, RAID-6 (erasure coding)");
        assertThat(by.get("Performance window").value())
                .isEqualTo(AssumptionValue.number(BigDecimal.valueOf(14), "days"));
        assertThat(by.get("Comfort factor").value())
                .isEqualTo(AssumptionValue.number(new BigDecimal("1.25"), "×"));
        assertThat(by.get("AVS vSAN slack").value()).isEqualTo(AssumptionValue.share(new BigDecimal("0.25")));
        assertThat(rows).allSatisfy(a -> assertThat(a.value().text()).doesNotContainPattern("[A-Z0-9]+_[A-Z0-9_]+"));
    }

    @Test
    void onPremisesRatesAreListedWithTheirFieldsOrWhyTheyAreLeftOut() {
        List<Assumption> usd = OnPremAssumptions.of(OnPremCostInputs.defaults(), Currency.getInstance("USD"));
        Map<String, Assumption> by = byName(usd);
        assertThat(by.get("Host purchase price").value()).isEqualTo(AssumptionValue.amount(Money.of("20000", "USD")));
        assertThat(by.get("Hardware support per year").value())
                .isEqualTo(AssumptionValue.share(new BigDecimal("0.10")));
        assertThat(by.get("Host amortisation").value()).isEqualTo(AssumptionValue.number(60, "months"));
        assertThat(by.get("Power per host").description()).contains("wattsPerHost");
        assertThat(by.get("Storage per TiB per month").value()).isEqualTo(AssumptionValue.amount(Money.of("25", "USD")));
        assertThat(by.get("Storage per TiB per month").description()).contains("field storagePerTibPerMonth")
                .contains("assumption");

        List<Assumption> eur = OnPremAssumptions.of(OnPremCostInputs.defaults(), Currency.getInstance("EUR"));
        assertThat(eur).singleElement().satisfies(a -> {
            assertThat(a.value().text()).isEqualTo("not estimated");
            assertThat(a.description()).contains("USD").contains("--onprem-costs").contains("\"currency\": \"EUR\"");
        });
    }

    @Test
    void aReasonCodeKeepsItsIdAndGetsASentence() {
        assertThat(FindingMeanings.describe("azure.disk.no-iops"))
                .isEqualTo("azure.disk.no-iops — no allowed disk tier reaches the disk's IOPS");
        assertThat(FindingMeanings.describe("azure.compute.no-size-for-memory"))
                .isEqualTo("azure.compute.no-size-for-memory — no allowed VM size meets the VM's memory need");
        assertThat(FindingMeanings.describe("made.up")).as("an unknown id stays as it is").isEqualTo("made.up");
    }
}
