package dev.cloudfit.assess.pricing.retail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.MeterKind;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceBookBuilder;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.RecordingSink;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.SharedFixtures;
import dev.cloudfit.core.units.Money;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every recorded raw page and ACE response goes through the streaming page parser and the normaliser; the
 * expected values below were computed by hand from the files.
 */
class RetailFixturesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final BigDecimal HOURS = new BigDecimal("730");
    private static List<Path> files;
    private static PriceBook book;
    private static RecordingSink all;

    @BeforeAll
    static void parseEveryFile() throws IOException {
        files = new ArrayList<>(SharedFixtures.jsonFiles("raw-pages"));
        files.addAll(SharedFixtures.jsonFiles("ace-mocked"));
        RetailItemNormaliser normaliser = new RetailItemNormaliser(USD, PricingUnits.builtIn());
        PriceBookBuilder builder = PriceBook.builder(USD, Instant.parse("2026-11-25T00:00:00Z"), HOURS);
        all = new RecordingSink();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
                RetailPageParser.parse(p, item -> {
                    normaliser.normalise(item, builder);
                    normaliser.normalise(item, all);
                }, 0);
            }
        }
        book = builder.build();
    }

    @Test
    void everyFileParsesToTheItemsItHoldsInOrder() throws IOException {
        assertThat(files).hasSize(10);
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : files) {
            JsonNode tree = mapper.readTree(file.toFile());
            List<String> expected = new ArrayList<>();
            tree.get("Items").forEach(i -> expected.add(i.get("skuId").asText() + "|" + i.get("meterId").asText()
                    + "|" + i.get("type").asText()));
            List<String> parsed = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
                RetailPageParser.PageSummary s = RetailPageParser.parse(p,
                        i -> parsed.add(i.skuId() + "|" + i.meterId() + "|" + i.type()), 0);
                assertThat(s.items()).as(file.toString()).isEqualTo(expected.size());
                assertThat(s.billingCurrency()).isEqualTo("USD");
                JsonNode next = tree.get("NextPageLink");
                assertThat(s.nextPageLink()).isEqualTo(next.isNull() ? null : next.asText());
            }
            assertThat(parsed).as(file.toString()).isEqualTo(expected);
        }
    }

    @Test
    void noRowIsRejectedAndCountDoesNotMatter() {
        assertThat(all.rejected).isEmpty();
        // 100 + 100 raw rows and 24 ACE rows; asr-inferred-3 says Count 4 but holds 3 items
        assertThat(all.rows).hasSize(224);
    }

    @Test
    void reservationTotalsBecomeHourlyAndMonthlyEquivalents() {
        ArmSkuName e96 = ArmSkuName.of("Standard_E96_v5");
        Region ne = Region.of("northeurope");
        assertThat(book.vmHourly(e96, ne, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("6.768", "USD"));
        // 34980 / 8760 = 3.9931506849...; 67588 / 26280 = 2.5718417047...
        assertThat(scale6(book.vmHourly(e96, ne, PricingOs.LINUX, PricingPlan.RI1Y))).isEqualTo("3.993151");
        assertThat(scale6(book.vmHourly(e96, ne, PricingOs.LINUX, PricingPlan.RI3Y))).isEqualTo("2.571842");
        // monthly at 730 h: 34980 / 12 = 2915.00; 67588 / 36 = 1877.44
        assertThat(book.vmMonthly(e96, ne, PricingOs.LINUX, PricingPlan.RI1Y).orElseThrow().rounded().amount())
                .isEqualByComparingTo("2915.00");
        assertThat(book.vmMonthly(e96, ne, PricingOs.LINUX, PricingPlan.RI3Y).orElseThrow().rounded().amount())
                .isEqualByComparingTo("1877.44");
        // B8ms japanwest: 2457 / 8760 = 0.2804794...; 4742 / 26280 = 0.1804414...
        ArmSkuName b8 = ArmSkuName.of("Standard_B8ms");
        assertThat(scale6(book.vmHourly(b8, Region.of("japanwest"), PricingOs.LINUX, PricingPlan.RI1Y))).isEqualTo("0.280479");
        assertThat(scale6(book.vmHourly(b8, Region.of("japanwest"), PricingOs.LINUX, PricingPlan.RI3Y))).isEqualTo("0.180441");
        // no Windows row for E96 v5: no Windows price under any plan
        assertThat(book.vmHourly(e96, ne, PricingOs.WINDOWS, PricingPlan.RI1Y)).isEmpty();
    }

    @Test
    void aceWindowsVmAndP10Disk() {
        Region we = Region.of("westeurope");
        ArmSkuName d2 = ArmSkuName.of("Standard_D2s_v3");
        assertThat(book.vmHourly(d2, we, PricingOs.WINDOWS, PricingPlan.PAYG)).contains(Money.of("0.212", "USD"));
        assertThat(book.vmHourly(d2, we, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("0.12", "USD"));
        // 0.212 * 730 = 154.76
        assertThat(book.vmMonthly(d2, we, PricingOs.WINDOWS, PricingPlan.PAYG).orElseThrow().amount())
                .isEqualByComparingTo("154.76");
        assertThat(book.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.LRS, we)).contains(Money.of("21.68", "USD"));
        assertThat(book.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.LRS, Region.of("westus")))
                .contains(Money.of("19.71", "USD"));
        // the 2022 meter name "P80 Disks" is still a tier; its 1-year reservation does not replace the monthly price
        assertThat(book.diskTierMonthly(DiskTier.of("P80"), DiskRedundancy.LRS, Region.of("koreasouth")))
                .contains(Money.of("3604.11", "USD"));
    }

    @Test
    void spotLowPriorityCloudServicesAndDedicatedHostsAreKeptApart() {
        // canadacentral D13 has only Low Priority rows in the page: no regular price may appear
        ArmSkuName d13 = ArmSkuName.of("Standard_D13");
        Region cc = Region.of("canadacentral");
        for (PricingPlan plan : PricingPlan.values()) {
            assertThat(book.vmHourly(d13, cc, PricingOs.WINDOWS, plan)).isEmpty();
        }
        // Cloud Services G1 westeurope is priced 0.77 but is not a VM price
        assertThat(book.vmHourly(ArmSkuName.of("Standard_G1"), Region.of("westeurope"), PricingOs.LINUX,
                PricingPlan.PAYG)).isEmpty();
        assertThat(book.rowCount(MeterKind.DEDICATED_HOST)).isEqualTo(3);
        assertThat(book.rowCount(MeterKind.VM_SPOT)).isPositive();
        assertThat(book.rowCount(MeterKind.VM_LOW_PRIORITY)).isPositive();
        assertThat(book.rowCount(MeterKind.CLOUD_SERVICES)).isPositive();
    }

    @Test
    void devTestIsItsOwnPlan() {
        ArmSkuName d2ds = ArmSkuName.of("Standard_D2ds_v5");
        Region uae = Region.of("uaecentral");
        assertThat(book.vmHourly(d2ds, uae, PricingOs.WINDOWS, PricingPlan.PAYG)).contains(Money.of("0.272", "USD"));
        assertThat(book.vmHourly(d2ds, uae, PricingOs.WINDOWS, PricingPlan.DEV_TEST)).contains(Money.of("0.18", "USD"));
    }

    @Test
    void keepsMeterFacts() {
        PriceRow p10 = all.rows.stream().filter(r -> r.meterName().equals("P10 LRS Disk")
                && r.region().name().equals("westeurope")).findFirst().orElseThrow();
        assertThat(p10.meterId()).isEqualTo("137d3f72-fe0e-4a78-b5d0-92d704aa3cac");
        assertThat(p10.effectiveStartDate()).contains(Instant.parse("2018-05-01T00:00:00Z"));
        assertThat(p10.kind()).isEqualTo(MeterKind.DISK_TIER);
        assertThat(p10.retailPrice().currency()).isEqualTo(USD);
        assertThat(p10.location()).isEqualTo("EU West");
    }

    private static String scale6(java.util.Optional<Money> m) {
        return m.orElseThrow().amount().setScale(6, RoundingMode.HALF_UP).toPlainString();
    }
}
