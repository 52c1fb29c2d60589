package dev.cloudfit.assess.inventory.csv;

import static dev.cloudfit.assess.inventory.csv.NumberConvention.DECIMAL_COMMA;
import static dev.cloudfit.assess.inventory.csv.NumberConvention.DECIMAL_POINT;
import static dev.cloudfit.assess.inventory.csv.NumberConvention.UNDECIDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocaleNumberTest {

    private static double parse(String text, NumberConvention convention) {
        return LocaleNumber.parse(text, convention).orElseThrow();
    }

    @ParameterizedTest(name = "[{0}] is {1} in any convention")
    @CsvSource(delimiter = '|', value = {
        "16384|16384",
        "16,384,000|16384000",
        "1.234.567|1234567",
        "1.234,5|1234.5",
        "1,234.5|1234.5",
        "1 234,5|1234.5",
        "1\u00A0234,5|1234.5",
        "1\u202F234,5|1234.5",
        "1 234.5|1234.5",
        "1'234.5|1234.5",
        "1 234 567|1234567",
        "0.5|0.5",
        "0,5|0.5",
        "12,75|12.75",
        "0,125|0.125",
        ",5|0.5",
        "1e3|1000",
        "1.5E-3|0.0015",
        "1,5E+03|1500",
        "-42|-42",
        "+42|42",
        "\u221242|-42",
        "'  7  '|7",
        "1.2345|1.2345",
    })
    void unambiguousNumbers(String text, double expected) {
        for (NumberConvention c : NumberConvention.values()) {
            assertThat(parse(text, c)).as("%s under %s", text, c).isEqualTo(expected);
        }
    }

    @Test
    void ambiguousNumbersFollowTheConvention() {
        assertThat(parse("16,384", DECIMAL_POINT)).isEqualTo(16384);
        assertThat(parse("206,057", DECIMAL_POINT)).isEqualTo(206057);
        assertThat(parse("16,384", DECIMAL_COMMA)).isEqualTo(16.384);
        assertThat(parse("1.234", DECIMAL_COMMA)).isEqualTo(1234);
        assertThat(parse("1.234", DECIMAL_POINT)).isEqualTo(1.234);
        assertThatThrownBy(() -> parse("1,234", UNDECIDED))
                .isInstanceOf(MalformedNumberException.class)
                .hasMessageContaining("either decimal mark");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "-", " - "})
    void blankAndDashAreAbsent(String text) {
        assertThat(LocaleNumber.parse(text, DECIMAL_POINT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12 GB", "1,23,456", "12.34.5", "1 23", "1.234,567,8", "1.234 567", "NaN",
        "Infinity", "0x10", "1e", "e5", "1e9999", ",", "--1", "45%", "1,5,0.3"})
    void garbageIsRefused(String text) {
        assertThatThrownBy(() -> LocaleNumber.parse(text, DECIMAL_POINT)).isInstanceOf(MalformedNumberException.class);
    }

    @Test
    void evidenceComesOnlyFromUnambiguousDecimals() {
        assertThat(LocaleNumber.evidence("0,5")).contains(DECIMAL_COMMA);
        assertThat(LocaleNumber.evidence("1.234,5")).contains(DECIMAL_COMMA);
        assertThat(LocaleNumber.evidence("12.75")).contains(DECIMAL_POINT);
        assertThat(LocaleNumber.evidence("1,234.5")).contains(DECIMAL_POINT);
        assertThat(LocaleNumber.evidence("1,234")).isEmpty();
        assertThat(LocaleNumber.evidence("42")).isEmpty();
        assertThat(LocaleNumber.evidence("1,234,567")).isEmpty();
        assertThat(LocaleNumber.evidence("Windows")).isEmpty();
        assertThat(LocaleNumber.evidence("")).isEqualTo(Optional.empty());
    }
}
