package dev.cloudfit.assess.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricingUnitsTest {

    private final PricingUnits units = PricingUnits.builtIn();

    private PricingUnit unit(String text) {
        return units.lookup(MeterUnit.of(text)).orElseThrow(() -> new AssertionError("unknown unit " + text));
    }

    @Test
    void holdsEveryRowOfTheFinopsTable() {
        assertThat(units.size()).isEqualTo(383);
    }

    @Test
    void hoursAndHundredHoursArePricedPerHour() {
        assertThat(unit("1 Hour").blockSize()).isEqualByComparingTo("1");
        assertThat(unit("1 Hour").period()).isEqualTo(UnitPeriod.HOUR);
        PricingUnit hundred = unit("100 Hours");
        assertThat(hundred.period()).isEqualTo(UnitPeriod.HOUR);
        assertThat(hundred.perUnit(new BigDecimal("12.5"))).isEqualByComparingTo("0.125");
    }

    @Test
    void monthlyAndCapacityUnits() {
        assertThat(unit("1/Month").period()).isEqualTo(UnitPeriod.MONTH);
        assertThat(unit("1 GiB/Month").period()).isEqualTo(UnitPeriod.MONTH);
        assertThat(unit("1 GiB/Month").distinctUnit()).isEqualTo("GiB/Month");
        assertThat(unit("1 GiB/Hour").period()).isEqualTo(UnitPeriod.HOUR);
        assertThat(unit("1/Hour").period()).isEqualTo(UnitPeriod.HOUR);
        assertThat(unit("1 GB/Month").period()).isEqualTo(UnitPeriod.MONTH);
    }

    @Test
    void thousandsBlocksAreDividedDown() {
        PricingUnit tenK = unit("10K");
        assertThat(tenK.blockSize()).isEqualByComparingTo("10000");
        assertThat(tenK.period()).isEqualTo(UnitPeriod.NONE);
        assertThat(tenK.perUnit(new BigDecimal("0.002"))).isEqualByComparingTo("0.0000002");
        assertThat(unit("10K/Month").blockSize()).isEqualByComparingTo("10000");
        assertThat(unit("10K/Month").period()).isEqualTo(UnitPeriod.MONTH);
        assertThat(unit("1M").blockSize()).isEqualByComparingTo("1000000");
    }

    @Test
    void spellingMattersAndUnknownUnitsAreEmpty() {
        assertThat(units.lookup(MeterUnit.of("1 Fortnight"))).isEmpty();
        assertThat(units.lookup(MeterUnit.of("1 hour"))).isPresent();
        assertThat(units.lookup(MeterUnit.of("1  Hour"))).isEmpty();
        assertThat(units.lookup(MeterUnit.of("1 "))).isPresent();
    }
}
