package dev.cloudfit.reports.xlsx;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with cheaper compression where it costs time for little gain. Spilled rows go to temporary
 * files compressed at the fastest deflate level (read back once, then deleted: size hardly matters,
 * but disk space does); the xlsx itself is deflated at {@code level}. Streaming a large workbook is
 * mostly compression work, so these two levels decide most of its run time.
 *
 * <p>Text cells are inline strings, or with {@link XlsxStrings#SHARED_TABLE} indexes into a
 * shared-strings table of plain strings ({@link SharedStringsWriter}).
 *
 * <p>When {@code entryTime} is given, every zip entry carries it instead of the clock's time, so the
 * same cells make the same bytes.
 */
final class SpeedySxssfWorkbook extends SXSSFWorkbook {

    private final int level;
    private final Instant entryTime;
    private final SharedStringsWriter sharedStrings;

    SpeedySxssfWorkbook(int rowWindow, int level, Instant entryTime, XlsxStrings strings) {
        this(rowWindow, level, entryTime, strings == XlsxStrings.SHARED_TABLE ? new SharedStringsWriter() : null);
    }

    private SpeedySxssfWorkbook(int rowWindow, int level, Instant entryTime, SharedStringsWriter sharedStrings) {
        super(sharedStrings == null ? null : new XSSFWorkbook(new SharedStringsFactory(sharedStrings)), rowWindow,
                true, false);
        this.level = level;
        this.entryTime = entryTime;
        this.sharedStrings = sharedStrings;
        // classic zip unless an entry passes 4 GiB: every zip reader takes it (POI's default,
        // Zip64 always, trips java.util.zip's ZipInputStream on streamed entries)
        this.zip64Mode = Zip64Mode.AsNeeded;
    }

    /**
     * Flushes the sheets' last rows in sheet order first: POI flushes them in hash order, which with a
     * shared-strings table would number new texts differently from run to run.
     */
    @Override
    public void write(OutputStream stream) throws IOException {
        for (int i = 0; i < getNumberOfSheets(); i++) {
            getSheetAt(i).flushRows();
        }
        super.write(stream);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter() {
            private int rowNumber;

            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                return new FastGzipOutputStream(fos);
            }

            @Override
            public void writeRow(int rownum, SXSSFRow row) throws IOException {
                rowNumber = rownum;
                super.writeRow(rownum, row);
            }

            /**
             * With a shared-strings table, a text cell is written here as an index into it; POI's own
             * way makes a rich-text XML object per cell and keeps one per distinct text.
             */
            @Override
            public void writeCell(int column, Cell cell) throws IOException {
                if (sharedStrings == null || cell == null || cell.getCellType() != CellType.STRING) {
                    super.writeCell(column, cell);
                    return;
                }
                _out.write("<c r=\"");
                _out.write(CellReference.letters(column));
                _out.write(Integer.toString(rowNumber + 1));
                int style = cell.getCellStyle().getIndex() & 0xffff;
                if (style != 0) {
                    _out.write("\" s=\"");
                    _out.write(Integer.toString(style));
                }
                _out.write("\" t=\"s\"><v>");
                _out.write(Integer.toString(sharedStrings.indexOf(cell.getStringCellValue())));
                _out.write("</v></c>");
            }

            /**
             * Most cell text needs no escaping: write it in one call instead of POI's code point by code
             * point loop, which was the largest single cost of streaming a big sheet. Anything that
             * might need escaping or replacing still goes through POI.
             */
            @Override
            protected void outputEscapedString(String s) throws IOException {
                if (s != null && PlainXmlText.isPlain(s)) {
                    _out.write(s);
                } else {
                    super.outputEscapedString(s);
                }
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = entryTime == null ? new ZipArchiveOutputStream(out)
                : new FixedTimeZipOutputStream(out, entryTime.toEpochMilli());
        zip.setUseZip64(zip64Mode);
        zip.setLevel(level);
        return zip;
    }

    /** Makes the workbook's shared-strings part the given plain-string table. */
    private static final class SharedStringsFactory extends XSSFFactory {
        private final SharedStringsWriter table;

        SharedStringsFactory(SharedStringsWriter table) {
            this.table = table;
        }

        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (XSSFRelation.SHARED_STRINGS.getRelation().equals(descriptor.getRelation())) {
                return table;
            }
            return super.newDocumentPart(descriptor);
        }
    }

    /** Stamps every entry with one fixed time. */
    private static final class FixedTimeZipOutputStream extends ZipArchiveOutputStream {
        private final long millis;

        FixedTimeZipOutputStream(OutputStream out, long millis) {
            super(out);
            this.millis = millis;
        }

        @Override
        public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
            entry.setTime(millis);
            super.putArchiveEntry(entry);
        }
    }

    /** A gzip stream at {@link Deflater#BEST_SPEED}, with a larger buffer than the default. */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
