package dev.cloudfit.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentageTest {

    @Test
    void boundsAreInclusive() {
        assertThat(Percentage.of(0)).isEqualTo(Percentage.ZERO);
        assertThat(Percentage.of(100)).isEqualTo(Percentage.HUNDRED);
        assertThat(Percentage.of(25).fraction()).isEqualTo(0.25);
    }

    @Test
    void outOfRangeIsRefused() {
        assertThatThrownBy(() -> Percentage.of(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of(100.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentage.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsWithOneDecimal() {
        assertThat(Percentage.of(37.25)).hasToString("37.3 %");
    }
}
