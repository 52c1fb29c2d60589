package dev.cloudfit.reports.workbook;

import dev.cloudfit.core.units.Money;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A header row and the rows under it, written top to bottom (as SXSSF requires), with column
 * widths tracked from the content. {@link #finish()} freezes the header, sets the autofilter and
 * the widths, and protects the sheet.
 */
final class Table {

    /** What "missing" looks like in a money column: a word, never 0. */
    static final String MISSING = "missing";

    private final Sheet sheet;
    private final Styles styles;
    private final int headerRow;
    private final int columns;
    private final ColumnWidths widths;
    private int next;
    private Row row;

    Table(Sheet sheet, Styles styles, int headerRow, List<String> headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.headerRow = headerRow;
        this.columns = headers.size();
        this.widths = new ColumnWidths(columns);
        Row h = sheet.createRow(headerRow);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
            widths.see(c, headers.get(c).length() + 2); // room for the filter button
        }
        next = headerRow + 1;
    }

    Sheet sheet() {
        return sheet;
    }

    /** Starts the next row; returns its 0-based index. */
    int newRow() {
        row = sheet.createRow(next++);
        return row.getRowNum();
    }

    /** 0-based index of the last row written (the header when there is none). */
    int lastRow() {
        return next - 1;
    }

    int firstDataRow() {
        return headerRow + 1;
    }

    void text(int column, String value) {
        text(column, value, styles.text);
    }

    /** Text as a string cell, never a formula; formula-like text also gets the quote prefix. */
    void text(int column, String raw, CellStyle style) {
        String value = styles.truncated.storable(sheet.getSheetName(), raw);
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(SafeText.looksLikeFormula(value) && style == styles.text ? styles.guardedText : style);
        widths.see(column, value);
    }

    void number(int column, double value, CellStyle style, int displayChars) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widths.see(column, displayChars);
    }

    void integer(int column, long value) {
        int digits = digits(value);
        number(column, value, styles.integer, digits + digits / 3);
    }

    /** Characters of a quantity shown with one decimal and a unit, e.g. "1,234.5 GiB". */
    void quantity(int column, double value, CellStyle style, int unitChars) {
        int digits = digits((long) value);
        number(column, value, style, digits + digits / 3 + 2 + unitChars);
    }

    private static int digits(long value) {
        long v = Math.abs(value);
        int n = value < 0 ? 2 : 1;
        while (v >= 10) {
            v /= 10;
            n++;
        }
        return n;
    }

    void money(int column, Money value) {
        money(column, value, styles.money);
    }

    void money(int column, Money value, CellStyle style) {
        number(column, value.amount().doubleValue(), style, moneyChars(value));
    }

    void money(int column, Optional<Money> value) {
        if (value.isPresent()) {
            money(column, value.get());
        } else {
            text(column, MISSING, styles.missing);
        }
    }

    /** A formula with the value Java computed for it cached, so readers that do not recalculate see it too. */
    void formula(int column, String formula, double cached, CellStyle style, int displayChars) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(style);
        widths.see(column, displayChars);
    }

    /** A formula whose cached result is text (e.g. "n/a" until inputs are filled in). */
    void formulaText(int column, String formula, String cached, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellValue(cached);
        cell.setCellStyle(style);
        widths.see(column, cached.length());
    }

    /** Makes room for at least this many characters (for columns people fill in later). */
    void widen(int column, int chars) {
        widths.see(column, chars);
    }

    void blank(int column, CellStyle style) {
        row.createCell(column).setCellStyle(style);
    }

    static int moneyChars(Money value) {
        String plain = value.rounded().amount().toPlainString();
        return plain.length() + plain.length() / 3 + 4;
    }

    /** Freeze the header, filter over the table, widths from content, protect the sheet. */
    void finish() {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow()), 0, columns - 1));
        widths.applyTo(sheet);
        PageSetup.landscapeFitWidth(sheet);
        PageSetup.repeatHeader(sheet, headerRow);
        Protection.protect(sheet);
    }
}
