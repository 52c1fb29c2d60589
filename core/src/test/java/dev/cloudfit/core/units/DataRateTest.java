package dev.cloudfit.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataRateTest {

    @Test
    void binaryUnitsConvert() {
        assertThat(DataRate.ofMebibytesPerSecond(1.5).bytesPerSecond()).isEqualTo(1.5 * 1024 * 1024);
        assertThat(DataRate.ofKibibytesPerSecond(2048).toMebibytesPerSecond()).isEqualTo(2.0);
    }

    @Test
    void addsAndScales() {
        DataRate sum = DataRate.ofMebibytesPerSecond(1).plus(DataRate.ofMebibytesPerSecond(2)).times(1.3);
        assertThat(sum.toMebibytesPerSecond()).isCloseTo(3.9, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void negativeOrNonFiniteRatesAreRefused() {
        assertThatThrownBy(() -> DataRate.ofBytesPerSecond(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataRate.ofBytesPerSecond(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataRate.ofMebibytesPerSecond(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsMebibytesOrKibibytesPerSecond() {
        assertThat(DataRate.ofMebibytesPerSecond(12.5)).hasToString("12.50 MiB/s");
        assertThat(DataRate.ofKibibytesPerSecond(300)).hasToString("300.0 KiB/s");
    }
}
