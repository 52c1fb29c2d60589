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

    @Test
    void vCenterKilobytesAreKibibytesAndAzureMegabytesAreDecimal() {
        // vCenter's virtualDisk.read / net.transmitted are "kiloBytesPerSecond", KB = 1,024 bytes;
        // Azure's disk and VM limits are "MB/s", MB = 10^6 bytes; Azure VM bandwidth is Mbit/s, 10^6 bits
        DataRate vcenter = DataRate.ofKibibytesPerSecond(1000);
        assertThat(vcenter.bytesPerSecond()).isEqualTo(1_024_000.0);
        assertThat(vcenter.toMegabytesPerSecond()).isEqualTo(1.024);
        assertThat(DataRate.ofKibibytesPerSecond(1).toMegabytesPerSecond()).isEqualTo(0.001024);
        assertThat(DataRate.ofMegabytesPerSecond(125).bytesPerSecond()).isEqualTo(125_000_000.0);
        assertThat(DataRate.ofMegabytesPerSecond(125).toMebibytesPerSecond()).isCloseTo(119.209, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(DataRate.ofMegabitsPerSecond(12_500).bytesPerSecond()).isEqualTo(1_562_500_000.0);
        assertThat(DataRate.ofMegabitsPerSecond(12_500).toMegabitsPerSecond()).isEqualTo(12_500.0);
        // 61,035.16 KiB/s from vCenter is exactly 62.5 MB/s against an Azure limit
        assertThat(DataRate.ofKibibytesPerSecond(61_035.15625).toMegabytesPerSecond()).isEqualTo(62.5);
    }
}
