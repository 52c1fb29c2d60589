package dev.cloudfit.assess.catalog;

import dev.cloudfit.core.units.DataRate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogValueTypesTest {

    @Test
    void sizeNamesCompareWithoutCaseButKeepTheirSpelling() {
        assertThat(VmSizeName.of("standard_d4s_v5")).isEqualTo(VmSizeName.of("Standard_D4s_v5"));
        assertThat(VmSizeName.of("standard_d4s_v5").hashCode()).isEqualTo(VmSizeName.of("Standard_D4s_v5").hashCode());
        assertThat(VmSizeName.of(" Standard_D4s_v5 ")).hasToString("Standard_D4s_v5");
        assertThatThrownBy(() -> VmSizeName.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void regionsAreLowerCase() {
        assertThat(Region.of("WestEurope")).isEqualTo(Region.of("westeurope"));
        assertThat(Region.of("WestEurope").name()).isEqualTo("westeurope");
    }

    @Test
    void dataRatesConvertDecimalMegabytesAndMegabits() {
        assertThat(DataRate.ofMegabytesPerSecond(145).bytesPerSecond()).isEqualTo(145_000_000L);
        assertThat(DataRate.ofMegabytesPerSecond(22.5).toMegabytesPerSecond()).isEqualTo(22.5);
        assertThat(DataRate.ofMegabitsPerSecond(12500).bytesPerSecond()).isEqualTo(1_562_500_000L);
        assertThat(DataRate.ofMegabitsPerSecond(12500).toMegabitsPerSecond()).isEqualTo(12500.0);
        assertThatThrownBy(() -> new DataRate(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
