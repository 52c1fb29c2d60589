package dev.cloudfit.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsFullPrecisionAndRoundsToTheMinorUnitForReports() {
        Money hourly = Money.of("0.096", "USD");
        Money monthly = hourly.times(BigDecimal.valueOf(730));
        assertThat(monthly.amount()).isEqualByComparingTo("70.080");
        assertThat(Money.of("1.005", "EUR").rounded().amount()).isEqualByComparingTo("1.01");
        assertThat(Money.of("1.005", "JPY").rounded().amount()).isEqualByComparingTo("1");
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD")
                .hasMessageContaining("EUR");
    }
}
