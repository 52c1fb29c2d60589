package dev.cloudfit.reports.xlsx;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF with cheaper compression where it costs time for little gain. Spilled rows go to temporary
 * files compressed at the fastest deflate level (read back once, then deleted: size hardly matters,
 * but disk space does); the xlsx itself is deflated at {@code level}. Streaming a large workbook is
 * mostly compression work, so these two levels decide most of its run time.
 */
final class SpeedySxssfWorkbook extends SXSSFWorkbook {

    private final int level;

    SpeedySxssfWorkbook(int rowWindow, int level) {
        super(null, rowWindow, true, false);
        this.level = level;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new GZIPSheetDataWriter() {
            @Override
            protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                return new FastGzipOutputStream(fos);
            }
        };
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(level);
        return zip;
    }

    /** A gzip stream at {@link Deflater#BEST_SPEED}, with a larger buffer than the default. */
    private static final class FastGzipOutputStream extends GZIPOutputStream {
        FastGzipOutputStream(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
