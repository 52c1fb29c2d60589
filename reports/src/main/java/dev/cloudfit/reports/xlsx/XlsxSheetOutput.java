package dev.cloudfit.reports.xlsx;

import dev.cloudfit.reports.table.OutputCell;
import dev.cloudfit.reports.table.SheetOutput;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** One streamed worksheet: the bold, frozen header row, then data rows as they come. */
final class XlsxSheetOutput implements SheetOutput {

    /** Column width in characters: room for the header, within sensible bounds. */
    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 40;

    private final SXSSFSheet sheet;
    private final String name;
    private final List<String> headers;
    private final XlsxStreamWriter.XlsxCellStyles styles;
    private final long maxRows;
    private long rows;
    private int lastColumn;

    XlsxSheetOutput(SXSSFSheet sheet, String name, List<String> headers, XlsxStreamWriter.XlsxCellStyles styles,
            long maxRows) {
        this.sheet = sheet;
        this.name = name;
        this.headers = List.copyOf(headers);
        this.styles = styles;
        this.maxRows = maxRows;
        Row header = sheet.createRow(0);
        for (int i = 0; i < this.headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(this.headers.get(i));
            cell.setCellStyle(styles.header);
            int width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, this.headers.get(i).length() + 2));
            sheet.setColumnWidth(i, width * 256);
        }
        sheet.createFreezePane(0, 1);
        lastColumn = Math.max(0, this.headers.size() - 1);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void row(List<OutputCell> cells) {
        if (cells.size() > headers.size()) {
            throw new IllegalArgumentException("sheet " + name + ": a row of " + cells.size()
                    + " cells under " + headers.size() + " headers");
        }
        if (rows >= maxRows) {
            throw new IllegalStateException("sheet " + name + " is full: an xlsx sheet holds " + maxRows + " data rows");
        }
        rows++;
        Row row = sheet.createRow((int) rows);
        for (int i = 0; i < cells.size(); i++) {
            write(row, i, cells.get(i));
        }
        lastColumn = Math.max(lastColumn, cells.size() - 1);
    }

    /**
     * The sheet's true extent, e.g. {@code A1:K301}, for its {@code <dimension>} element. SXSSF leaves the
     * template's {@code A1} there (its rows never pass through the XSSF sheet), and readers that trust the
     * dimension (openpyxl read-only, pandas) then see an empty sheet.
     */
    String dimension() {
        return "A1:" + org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn) + (rows + 1);
    }

    private void write(Row row, int column, OutputCell value) {
        if (value == null || value instanceof OutputCell.Blank) {
            return;
        }
        Cell cell = row.createCell(column);
        // an explicit style on every cell: otherwise POI looks up the column's default style per
        // cell in the sheet's XML beans, which costs more than everything else put together
        cell.setCellStyle(styles.plain);
        if (value instanceof OutputCell.Text t) {
            // setCellValue(String) always makes a string cell: no formula is ever parsed
            cell.setCellValue(t.value());
            if (looksLikeFormula(t.value())) {
                cell.setCellStyle(styles.quotedText);
            }
        } else if (value instanceof OutputCell.Number n) {
            cell.setCellValue(n.value());
        } else if (value instanceof OutputCell.Flag f) {
            cell.setCellValue(f.text());
        } else if (value instanceof OutputCell.Timestamp ts) {
            cell.setCellValue(ts.value());
            cell.setCellStyle(styles.timestamp);
        } else {
            throw new IllegalArgumentException("unknown cell kind: " + value);
        }
    }

    /** Text a spreadsheet would take for a formula if typed in: =, +, - or @ first. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    @Override
    public long rowCount() {
        return rows;
    }
}
