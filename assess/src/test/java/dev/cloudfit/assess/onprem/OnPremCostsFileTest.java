package dev.cloudfit.assess.onprem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnPremCostsFileTest {

    @TempDir
    Path dir;

    private Path file(String json) throws Exception {
        return Files.writeString(dir.resolve("onprem.json"), json);
    }

    @Test
    void defaultsArePinnedAndLabelledAsAssumptions() {
        List<List<String>> rows = OnPremCostInputs.defaults().rows();
        assertThat(rows).extracting(r -> r.get(0) + "=" + r.get(1)).containsExactly("onprem.currency=USD",
                "onprem.mode=PER_HOST", "onprem.hardwarePerHost=20000", "onprem.amortisationMonths=60",
                "onprem.vmwareLicencePerCorePerYear=350", "onprem.minimumCoresPerSocket=16",
                "onprem.supportPercentPerYear=10", "onprem.wattsPerHost=500", "onprem.pue=1.5",
                "onprem.pricePerKwh=0.15", "onprem.hoursPerMonth=730", "onprem.rackUnitsPerHost=2",
                "onprem.pricePerRackUnitPerMonth=30", "onprem.adminHoursPerHostPerMonth=2",
                "onprem.adminHourlyRate=75", "onprem.storagePerTibPerMonth=25", "onprem.perVmMonthly=(not set)",
                "onprem.termMonths=36");
        assertThat(rows.stream().filter(r -> r.get(2).contains("assumption"))).hasSize(12);
    }

    @Test
    void aFileOverridesWhatItNamesAndKeepsTheRest() throws Exception {
        OnPremCostInputs in = OnPremCostsFile.read(file("{\"hardwarePerHost\": 15000, \"pue\": \"1.3\", "
                + "\"termMonths\": 60}"));
        assertThat(in.hardwarePerHost()).isEqualTo(Money.of("15000", "USD"));
        assertThat(in.pue()).isEqualByComparingTo("1.3");
        assertThat(in.termMonths()).isEqualTo(60);
        assertThat(in.adminHourlyRate()).isEqualTo(OnPremCostInputs.defaults().adminHourlyRate());
    }

    @Test
    void anotherCurrencyMustGiveEveryAmountBecauseDefaultsAreNeverConverted() throws Exception {
        assertThatThrownBy(() -> OnPremCostsFile.read(file("{\"currency\":\"EUR\",\"hardwarePerHost\":18000}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("onprem.json")
                .hasMessageContaining("give vmwareLicencePerCorePerYear, pricePerKwh, pricePerRackUnitPerMonth, "
                        + "adminHourlyRate, storagePerTibPerMonth");
        OnPremCostInputs eur = OnPremCostsFile.read(file("{\"currency\":\"eur\",\"hardwarePerHost\":18000,"
                + "\"vmwareLicencePerCorePerYear\":320,\"pricePerKwh\":0.21,\"pricePerRackUnitPerMonth\":25,"
                + "\"adminHourlyRate\":70,\"storagePerTibPerMonth\":22}"));
        assertThat(eur.pricePerKwh()).isEqualTo(Money.of("0.21", "EUR"));
        assertThat(eur.storagePerTibPerMonth()).isEqualTo(Money.of("22", "EUR"));
    }

    @Test
    void unknownFieldsAndBadValuesAreBadInputNamingTheField() throws Exception {
        assertThatThrownBy(() -> OnPremCostsFile.read(file("{\"hardwarePerHots\": 1}")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown field 'hardwarePerHots'");
        assertThatThrownBy(() -> OnPremCostsFile.read(file("{\"pue\": -1}")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("'pue' cannot be negative");
        assertThatThrownBy(() -> OnPremCostsFile.read(file("{\"amortisationMonths\": 1.5}")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> OnPremCostsFile.read(file("{\"mode\": \"PER_VM\"}")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("needs perVmMonthly");
        assertThatThrownBy(() -> OnPremCostsFile.read(file("[1,2]")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("one JSON object");
        assertThatThrownBy(() -> OnPremCostsFile.read(file("{\"storagePerTibPerMonth\": -3}")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("onprem.json")
                .hasMessageContaining("'storagePerTibPerMonth' cannot be negative");
        assertThatThrownBy(() -> OnPremCostsFile.read(file("{\"storagePerTibPerMonth\": \"cheap\"}")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("field 'storagePerTibPerMonth': 'cheap' is not a number");
        assertThatThrownBy(() -> OnPremCostsFile.read(file("{\"pue\": 0.9}")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("PUE is at least 1");
    }
}
