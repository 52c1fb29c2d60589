package dev.cloudfit.assess.pricing.licence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.assess.testing.SharedFixtures;
import dev.cloudfit.core.units.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded RHEL/SLES meters are the Flexera licence file's rows, and a VM finds its band. */
class LinuxLicencePricesTest {

    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void theEmbeddedTableIsTheFixturesRhelAndSlesStandardRows() throws IOException {
        Path file = SharedFixtures.file("azure/retail-prices/flexera/flexera-azure_linux_license_pricing.json");
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode rhel = root.path("RHEL").path("Red Hat Enterprise Linux");
        JsonNode sles = root.path("SUSE").path("SUSE Linux Enterprise Server Standard");
        List<LicenceMeter> meters = LinuxLicencePrices.embedded(USD).meters();
        assertThat(meters).hasSize(rhel.size() + sles.size());
        for (LicenceMeter m : meters) {
            JsonNode source = m.licence() == VmLicence.RHEL ? rhel : sles;
            String key = m.licence() == VmLicence.RHEL ? Integer.toString(m.minVcpus())
                    : m.maxVcpus() == 0 ? m.minVcpus() + "+" : m.minVcpus() + "-" + m.maxVcpus();
            assertThat(source.has(key)).as(key).isTrue();
            assertThat(m.hourly().amount()).as(m.licence() + " " + key)
                    .isEqualByComparingTo(source.path(key).decimalValue());
        }
    }

    @Test
    void aVmFindsItsBandAndOverridesWin() {
        LinuxLicencePrices table = LinuxLicencePrices.embedded(USD);
        // fixture: RHEL "2": 0.0288, "12": 0.1296; SLES Standard "1-2": 0.065, "3-4": 0.125, "5+": 0.15
        assertThat(table.meter(VmLicence.RHEL, 2).orElseThrow().hourly().amount()).isEqualByComparingTo("0.0288");
        assertThat(table.meter(VmLicence.RHEL, 12).orElseThrow().hourly().amount()).isEqualByComparingTo("0.1296");
        assertThat(table.meter(VmLicence.RHEL, 3)).isEmpty();
        assertThat(table.meter(VmLicence.SLES, 4).orElseThrow().hourly().amount()).isEqualByComparingTo("0.125");
        assertThat(table.meter(VmLicence.SLES, 64).orElseThrow().hourly().amount()).isEqualByComparingTo("0.15");
        assertThat(LinuxLicencePrices.embedded(Currency.getInstance("EUR")).meters()).isEmpty();
        LinuxLicencePrices negotiated = table.with(List.of(new LicenceMeter(VmLicence.RHEL, "RHEL (contract)", 1, 4,
                new Money(new BigDecimal("0.01"), USD), "override")));
        assertThat(negotiated.meter(VmLicence.RHEL, 2).orElseThrow().hourly().amount()).isEqualByComparingTo("0.01");
        assertThat(negotiated.meter(VmLicence.RHEL, 3).orElseThrow().source()).isEqualTo("override");
        assertThat(negotiated.meter(VmLicence.RHEL, 8).orElseThrow().hourly().amount()).isEqualByComparingTo("0.1152");
    }
}
