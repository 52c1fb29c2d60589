package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.reports.xlsx.RowHandler;
import dev.cloudfit.reports.xlsx.XlsxReader;
import java.nio.file.Path;
import java.util.List;

/** An RVTools .xlsx export, read through the streaming workbook reader. */
final class XlsxTabularSource implements TabularSource {

    private final XlsxReader reader;

    XlsxTabularSource(Path file) {
        this.reader = XlsxReader.open(file);
    }

    @Override
    public Path file() {
        return reader.file();
    }

    @Override
    public List<String> sheetNames() {
        return reader.sheetNames();
    }

    @Override
    public void read(String sheet, RowHandler handler) {
        reader.read(sheet, handler);
    }

    @Override
    public void close() {
        reader.close();
    }
}
