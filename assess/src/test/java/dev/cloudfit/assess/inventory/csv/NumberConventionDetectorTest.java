package dev.cloudfit.assess.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberConventionDetectorTest {

    private static NumberConvention decide(char delimiter, String... values) {
        NumberConventionDetector d = new NumberConventionDetector();
        for (String v : values) {
            d.observe(v);
        }
        return d.decide(delimiter);
    }

    @Test
    void decimalCommasElsewhereMakeCommaTheDecimalMark() {
        assertThat(decide(',', "1,234", "0,5", "", "16")).isEqualTo(NumberConvention.DECIMAL_COMMA);
    }

    @Test
    void decimalPointsElsewhereMakePointTheDecimalMark() {
        assertThat(decide(';', "1,234", "12.5")).isEqualTo(NumberConvention.DECIMAL_POINT);
    }

    @Test
    void bothMarksLeaveAmbiguousNumbersUndecided() {
        assertThat(decide(',', "0,5", "0.5")).isEqualTo(NumberConvention.UNDECIDED);
    }

    @Test
    void withoutEvidenceTheDelimiterDecides() {
        assertThat(decide(',', "1,234", "16")).isEqualTo(NumberConvention.DECIMAL_POINT);
        assertThat(decide(';', "1,234", "16")).isEqualTo(NumberConvention.DECIMAL_COMMA);
        assertThat(decide('\t', "16")).isEqualTo(NumberConvention.DECIMAL_POINT);
    }
}
