package dev.cloudfit.assess.inventory.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test helper: reads a whole (small) xlsx back with POI's XSSF, independently of the streaming
 * writer, as text per cell: strings as they are, numbers prefixed {@code #} (so a number never
 * passes for text), empty cells as "".
 */
final class WorkbookReadBack {

    private WorkbookReadBack() {
    }

    static Map<String, List<List<String>>> read(Path file) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double v = cell.getNumericCellValue();
            return v == Math.rint(v) ? "#" + (long) v : "#" + v;
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        throw new AssertionError("unexpected cell type " + cell.getCellType() + " at " + cell.getAddress());
    }

    /** The value under {@code header} in {@code row} of a sheet read by {@link #read}, or "" past the row's end. */
    static String get(List<List<String>> sheet, int row, String header) {
        int c = sheet.get(0).indexOf(header);
        if (c < 0) {
            throw new AssertionError("no column " + header + " in " + sheet.get(0));
        }
        List<String> r = sheet.get(row);
        return c < r.size() ? r.get(c) : "";
    }
}
