package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.xlsx.PlainXmlText;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's temp-file writer, lean: the rows of the big sheets are serialised here, straight from the
 * cells, as the SpreadsheetML {@code <row>}/{@code <c>} elements (ECMA-376 Part 1, 18.3.1.73 and
 * 18.3.1.4) with inline strings. Profiling a 100,000-VM workbook showed POI's generic row writer,
 * a locking {@code BufferedWriter} over an encoder, and a code-point-by-code-point escape loop as
 * the largest costs of writing; here column letters are computed once, text needing no escaping is
 * written in one call, and {@link Utf8FileWriter} encodes without locks.
 *
 * <p>Handles what the workbook's streamed sheets hold: text, numbers, booleans, blanks (for their
 * style) and formulas with a cached number or text. Anything else is a programming error and fails
 * loudly rather than writing a different cell. Temp files stay uncompressed (see {@link WorkbookWriter}).
 */
final class FastSheetDataWriter extends SheetDataWriter {

    /** "A", "B", ... for the columns seen so far. */
    private String[] columnNames = new String[0];
    private int flushedRows;
    private int lowestFlushedRow = -1;
    private int lastFlushedRow = -1; // none yet, as POI starts
    private int cellsOfLastFlushedRow;

    FastSheetDataWriter() throws IOException {
        super();
    }

    /** Called by POI's constructor: no instance state of this class may be used here. */
    @Override
    public Writer createWriter(File fd) throws IOException {
        return new Utf8FileWriter(new FileOutputStream(fd));
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        if (flushedRows == 0) {
            lowestFlushedRow = rownum;
        }
        lastFlushedRow = Math.max(rownum, lastFlushedRow);
        cellsOfLastFlushedRow = row.getLastCellNum();
        flushedRows++;
        String number = Integer.toString(rownum + 1);
        Writer out = _out;
        out.write("<row r=\"");
        out.write(number);
        out.write('"');
        if (row.hasCustomHeight()) {
            out.write(" customHeight=\"true\" ht=\"" + row.getHeightInPoints() + "\"");
        }
        if (row.getZeroHeight()) {
            out.write(" hidden=\"true\"");
        }
        if (row.isFormatted()) {
            out.write(" s=\"" + row.getRowStyle().getIndex() + "\" customFormat=\"1\"");
        }
        if (row.getOutlineLevel() != 0) {
            out.write(" outlineLevel=\"" + row.getOutlineLevel() + "\"");
        }
        if (Boolean.TRUE.equals(row.getCollapsed())) {
            out.write(" collapsed=\"1\"");
        }
        out.write(">\n");
        for (Iterator<Cell> cells = row.cellIterator(); cells.hasNext();) {
            cell(cells.next(), number);
        }
        out.write("</row>\n");
    }

    private void cell(Cell cell, String rowNumber) throws IOException {
        Writer out = _out;
        out.write("<c r=\"");
        out.write(column(cell.getColumnIndex()));
        out.write(rowNumber);
        out.write('"');
        CellStyle style = cell.getCellStyle();
        if (style != null && style.getIndex() != 0) {
            out.write(" s=\"");
            out.write(Integer.toString(style.getIndex()));
            out.write('"');
        }
        CellType type = cell.getCellType();
        switch (type) {
            case BLANK -> out.write("/>");
            case STRING -> {
                String text = cell.getStringCellValue();
                out.write(hasLeadingOrTrailingSpace(text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                        : " t=\"inlineStr\"><is><t>");
                outputEscapedString(text);
                out.write("</t></is></c>");
            }
            case NUMERIC -> {
                out.write(" t=\"n\"><v>");
                out.write(Double.toString(cell.getNumericCellValue()));
                out.write("</v></c>");
            }
            case BOOLEAN -> out.write(cell.getBooleanCellValue() ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>");
            case FORMULA -> formula(cell);
            default -> throw new IllegalStateException("cell " + new CellReference(cell).formatAsString()
                    + " of type " + type + " is not written by " + FastSheetDataWriter.class.getSimpleName());
        }
    }

    private void formula(Cell cell) throws IOException {
        Writer out = _out;
        CellType cached = cell.getCachedFormulaResultType();
        out.write(cached == CellType.STRING ? " t=\"str\"><f>" : "><f>");
        outputEscapedString(cell.getCellFormula());
        out.write("</f>");
        switch (cached) {
            case NUMERIC -> {
                out.write("<v>");
                out.write(Double.toString(cell.getNumericCellValue()));
                out.write("</v>");
            }
            case STRING -> {
                out.write("<v>");
                outputEscapedString(cell.getStringCellValue());
                out.write("</v>");
            }
            default -> {
                // no cached value: the formula is recalculated when the workbook is opened
            }
        }
        out.write("</c>");
    }

    private String column(int index) {
        if (index >= columnNames.length) {
            String[] grown = new String[Math.max(index + 1, columnNames.length * 2)];
            System.arraycopy(columnNames, 0, grown, 0, columnNames.length);
            columnNames = grown;
        }
        String name = columnNames[index];
        if (name == null) {
            name = CellReference.convertNumToColString(index);
            columnNames[index] = name;
        }
        return name;
    }

    private static boolean hasLeadingOrTrailingSpace(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s != null && PlainXmlText.isPlain(s)) {
            _out.write(s);
        } else {
            super.outputEscapedString(s);
        }
    }

    @Override
    public int getNumberOfFlushedRows() {
        return flushedRows;
    }

    @Override
    public int getNumberOfCellsOfLastFlushedRow() {
        return cellsOfLastFlushedRow;
    }

    @Override
    public int getLowestIndexOfFlushedRows() {
        return lowestFlushedRow;
    }

    @Override
    public int getLastFlushedRow() {
        return lastFlushedRow;
    }
}
