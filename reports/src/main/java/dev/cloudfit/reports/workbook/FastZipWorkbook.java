package dev.cloudfit.reports.workbook;

import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * SXSSF with the final zip deflated at the fastest level (for a 100,000-VM workbook, deflating a
 * few hundred MB of sheet XML at the default level was the largest single cost of writing; the
 * file grows by about a fifth) and temp files written by {@link FastSheetDataWriter}.
 */
final class FastZipWorkbook extends SXSSFWorkbook {

    private final boolean compressTempFiles;

    FastZipWorkbook(XSSFWorkbook template, int rowWindow, boolean compressTempFiles) {
        super(template, rowWindow, compressTempFiles);
        this.compressTempFiles = compressTempFiles;
        // classic zip unless an entry passes 4 GiB, as XlsxStreamWriter does: POI's default (Zip64
        // always) trips java.util.zip's ZipInputStream on streamed entries
        this.zip64Mode = org.apache.commons.compress.archivers.zip.Zip64Mode.AsNeeded;
    }

    /** Temp files through {@link FastSheetDataWriter}; inline strings, so no shared-strings table to pass. */
    @Override
    protected SheetDataWriter createSheetDataWriter() throws java.io.IOException {
        return compressTempFiles ? super.createSheetDataWriter() : new FastSheetDataWriter();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }
}
