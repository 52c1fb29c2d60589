package dev.cloudfit.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataSizeTest {

    @Test
    void binaryUnitsConvertExactly() {
        assertThat(DataSize.ofMebibytes(2048).toGibibytes()).isEqualTo(2.0);
        assertThat(DataSize.ofGibibytes(1).bytes()).isEqualTo(1L << 30);
        assertThat(DataSize.ofTebibytes(1).toMebibytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void negativeSizesAreRefused() {
        assertThatThrownBy(() -> DataSize.ofBytes(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsInTheLargestSensibleUnit() {
        assertThat(DataSize.ofMebibytes(1536)).hasToString("1.50 GiB");
        assertThat(DataSize.ofTebibytes(2)).hasToString("2.00 TiB");
    }
}
