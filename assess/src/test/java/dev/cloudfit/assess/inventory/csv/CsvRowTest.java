package dev.cloudfit.assess.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.Percentage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowTest {

    private static final Path FILE = Path.of("/data/servers.csv");

    private static CsvRow row(NumberConvention numbers, String... fields) {
        return new CsvRow(FILE, new CsvRecord(7, List.of(fields)), numbers);
    }

    private static CsvColumn col(int index) {
        return new CsvColumn(index, "*Memory (In MB)");
    }

    @Test
    void readsTextAndNumbersAndTreatsBlankOrMissingAsAbsent() {
        CsvRow row = row(NumberConvention.DECIMAL_COMMA, " web01 ", "1.024", "", "12,5 %");
        assertThat(row.text(col(0))).contains("web01");
        assertThat(row.amount(col(1))).hasValue(1024);
        assertThat(row.count(col(1))).hasValue(1024);
        assertThat(row.number(col(2))).isEmpty();
        assertThat(row.number(col(9))).isEmpty();
        assertThat(row.number(null)).isEmpty();
        assertThat(row.percentage(col(3))).contains(Percentage.of(12.5));
    }

    @Test
    void aBadNumberNamesFileRowColumnAndText() {
        assertThatThrownBy(() -> row(NumberConvention.DECIMAL_POINT, "lots").amount(col(0)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv, row 7, column '*Memory (In MB)': 'lots' is not a valid number: it is not a number");
    }

    @Test
    void negativeAndFractionalCountsAreRefused() {
        assertThatThrownBy(() -> row(NumberConvention.DECIMAL_POINT, "-4096").amount(col(0)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv, row 7, column '*Memory (In MB)': '-4096' is negative; a size or rate must be 0 or more");
        assertThatThrownBy(() -> row(NumberConvention.DECIMAL_POINT, "2.5").count(col(0)))
                .hasMessageEndingWith("'2.5' is not a whole number");
    }

    @Test
    void percentagesOutsideZeroToHundredAreRefused() {
        assertThatThrownBy(() -> row(NumberConvention.DECIMAL_POINT, "140").percentage(col(0)))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith("'140' is outside 0 to 100");
        assertThatThrownBy(() -> row(NumberConvention.DECIMAL_POINT, "-1").percentage(col(0)))
                .hasMessageEndingWith("'-1' is outside 0 to 100");
    }

    @Test
    void requiredTextNamesTheColumn() {
        assertThatThrownBy(() -> row(NumberConvention.DECIMAL_POINT, "  ").requiredText(col(0)))
                .isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv, row 7, column '*Memory (In MB)': a value is required");
    }
}
