package dev.cloudfit.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.reports.table.OutputCell;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void quotesOnlyWhatRfc4180Requires() {
        assertThat(CsvLine.field("plain")).isEqualTo("plain");
        assertThat(CsvLine.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvLine.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvLine.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvLine.field(" padded")).isEqualTo("\" padded\"");
        assertThat(CsvLine.field("=1+1")).isEqualTo("=1+1");
        assertThat(CsvLine.field(null)).isEmpty();
    }

    @Test
    void linesEndWithCrlf() throws IOException {
        StringBuilder out = new StringBuilder();
        CsvLine.write(out, Arrays.asList("a", null, "c,d"));
        assertThat(out).hasToString("a,,\"c,d\"\r\n");
    }

    @Test
    void cellsReadLikeRvToolsCsv() {
        assertThat(CsvCellText.of(OutputCell.number(16384))).isEqualTo("16384");
        assertThat(CsvCellText.of(OutputCell.number(0.34375))).isEqualTo("0.34375");
        assertThat(CsvCellText.of(OutputCell.number(1e17))).isEqualTo("100000000000000000");
        assertThat(CsvCellText.of(OutputCell.flag(true))).isEqualTo("True");
        assertThat(CsvCellText.of(OutputCell.timestamp(LocalDateTime.of(2017, 11, 28, 16, 14, 28))))
                .isEqualTo("2017/11/28 16:14:28");
        assertThat(CsvCellText.of(OutputCell.BLANK)).isEmpty();
        assertThat(List.of(CsvCellText.of(OutputCell.text("x")))).containsExactly("x");
    }
}
