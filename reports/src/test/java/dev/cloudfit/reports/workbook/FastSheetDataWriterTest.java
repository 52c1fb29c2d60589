package dev.cloudfit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The lean row writer makes the same cells as POI's own: same types, values, styles, formulas. */
class FastSheetDataWriterTest {

    private static final List<String> TEXTS = List.of("plain", " leading space", "trailing space ", "a & b < c > d \"e\"",
            "\tTabbed", "line\nbreak", "=HYPERLINK(\"x\")", "€ 東京 \uD83D\uDE80", "", "nbsp\u00A0here");

    private static byte[] write(boolean fast) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        CellStyle bold = template.createCellStyle();
        bold.setWrapText(true); // any second style: its index must travel
        try (SXSSFWorkbook wb = fast ? new FastZipWorkbook(template, 2, false) : new SXSSFWorkbook(template, 2, false)) {
            Sheet sheet = wb.createSheet("s");
            for (int r = 0; r < 30; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(TEXTS.get(r % TEXTS.size()));
                row.createCell(1).setCellValue(r * 1.25 - 7);
                row.createCell(3).setCellValue(r % 2 == 0);
                row.createCell(4).setCellStyle(bold);
                Cell f = row.createCell(27);
                f.setCellFormula("B" + (r + 1) + "*2");
                f.setCellValue(r * 2.5 - 14);
                row.createCell(5).setCellValue(1e-7 * r + 12345678901.5);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> cells(byte[] xlsx) throws IOException {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    String value = switch (c.getCellType()) {
                        case STRING -> c.getStringCellValue();
                        case NUMERIC -> Double.toString(c.getNumericCellValue());
                        case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
                        case FORMULA -> c.getCellFormula() + " = " + c.getNumericCellValue();
                        default -> "";
                    };
                    out.add(c.getAddress() + " " + c.getCellType() + " s" + c.getCellStyle().getIndex() + " " + value);
                }
            }
        }
        return out;
    }

    @Test
    void writesTheSameCellsAsPoi() throws IOException {
        List<String> poi = cells(write(false));
        assertThat(poi).hasSize(30 * 6);
        assertThat(cells(write(true))).containsExactlyElementsOf(poi);
    }
}
