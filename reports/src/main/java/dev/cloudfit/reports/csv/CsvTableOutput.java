package dev.cloudfit.reports.csv;

import dev.cloudfit.reports.table.AtomicFiles;
import dev.cloudfit.reports.table.OutputCell;
import dev.cloudfit.reports.table.SheetOutput;
import dev.cloudfit.reports.table.TableOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes each sheet as one CSV file (UTF-8 without a byte-order mark, RFC 4180, see {@link CsvLine}),
 * either into a folder or into a zip archive. The caller names the files ({@code fileName} maps a
 * sheet name to a file name), so this class knows no particular export format.
 *
 * <p>Every sheet streams to its own temporary file, so all sheets can be filled at once. On
 * {@link #commit()} a folder target gets each file renamed into place; a zip target gets one archive,
 * entries in sheet order with a fixed time (so the same rows give the same bytes), moved into place.
 */
public final class CsvTableOutput implements TableOutput {

    private final Path target;
    private final boolean zip;
    private final UnaryOperator<String> fileName;
    private final long entryTimeMillis;
    private final List<CsvSheet> sheets = new ArrayList<>();
    private final Set<String> fileNames = new HashSet<>();
    private boolean committed;
    private boolean closed;

    private CsvTableOutput(Path target, boolean zip, UnaryOperator<String> fileName, Instant entryTime) {
        this.target = target.toAbsolutePath();
        this.zip = zip;
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.entryTimeMillis = entryTime == null ? 0 : entryTime.toEpochMilli();
    }

    /** CSV files in {@code folder}, which must exist; files of the same names are replaced. */
    public static CsvTableOutput intoFolder(Path folder, UnaryOperator<String> fileName) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("not a folder: " + folder);
        }
        return new CsvTableOutput(folder, false, fileName, null);
    }

    /** One zip archive at {@code zipFile} (its folder must exist), entries stamped {@code entryTime}. */
    public static CsvTableOutput intoZip(Path zipFile, UnaryOperator<String> fileName, Instant entryTime) {
        return new CsvTableOutput(zipFile, true, fileName, Objects.requireNonNull(entryTime, "entryTime"));
    }

    @Override
    public SheetOutput addSheet(String name, List<String> headers) {
        requireOpen();
        String file = fileName.apply(name);
        if (file.contains("/") || file.contains("\\") || !fileNames.add(file.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("bad or duplicate file name for sheet " + name + ": " + file);
        }
        Path finalPath = zip ? target.resolveSibling(file) : target.resolve(file);
        try {
            CsvSheet sheet = new CsvSheet(name, headers, file, AtomicFiles.tempFileBeside(finalPath));
            sheets.add(sheet);
            return sheet;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit() throws IOException {
        requireOpen();
        for (CsvSheet sheet : sheets) {
            sheet.writer.close();
        }
        if (zip) {
            writeZip();
        } else {
            for (CsvSheet sheet : sheets) {
                AtomicFiles.moveIntoPlace(sheet.temp, target.resolve(sheet.file));
            }
        }
        committed = true;
    }

    private void writeZip() throws IOException {
        Path temp = AtomicFiles.tempFileBeside(target);
        try {
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
                for (CsvSheet sheet : sheets) {
                    ZipEntry entry = new ZipEntry(sheet.file);
                    entry.setTime(entryTimeMillis);
                    out.putNextEntry(entry);
                    Files.copy(sheet.temp, out);
                    out.closeEntry();
                }
            }
            AtomicFiles.moveIntoPlace(temp, target);
        } finally {
            AtomicFiles.discard(temp);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException first = null;
        for (CsvSheet sheet : sheets) {
            try {
                sheet.writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
            if (zip || !committed) {
                AtomicFiles.discard(sheet.temp);
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void requireOpen() {
        if (committed || closed) {
            throw new IllegalStateException("the output was already " + (committed ? "committed" : "closed"));
        }
    }

    /** One sheet's CSV file, buffered, streaming to its temporary file. */
    private static final class CsvSheet implements SheetOutput {
        private final String name;
        private final List<String> headers;
        private final String file;
        private final Path temp;
        private final Writer writer;
        private final List<String> fields = new ArrayList<>();
        private long rows;

        CsvSheet(String name, List<String> headers, String file, Path temp) throws IOException {
            this.name = name;
            this.headers = List.copyOf(headers);
            this.file = file;
            this.temp = temp;
            this.writer = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16);
            CsvLine.write(writer, this.headers);
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
            fields.clear();
            for (int i = 0; i < headers.size(); i++) {
                fields.add(i < cells.size() ? CsvCellText.of(cells.get(i)) : "");
            }
            try {
                CsvLine.write(writer, fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows++;
        }

        @Override
        public long rowCount() {
            return rows;
        }
    }
}
