package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.csv.CsvReader;
import dev.cloudfit.assess.inventory.csv.CsvRecord;
import dev.cloudfit.assess.inventory.csv.LocaleNumber;
import dev.cloudfit.assess.inventory.csv.MalformedNumberException;
import dev.cloudfit.assess.inventory.csv.NumberConvention;
import dev.cloudfit.assess.inventory.csv.NumberConventionDetector;
import dev.cloudfit.assess.inventory.csv.TextEncoding;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.xlsx.CellValue;
import dev.cloudfit.reports.xlsx.RowHandler;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An RVTools "Export all to csv": one {@code RVTools_tab<Sheet>.csv} per tab, in a folder (or a
 * zip, unpacked safely first by {@link ZipUnpacker}). Each file is read twice: once to learn its
 * number convention (RVTools writes numbers with the Windows regional separators), then for rows.
 * Numbers keep their text as written, so a VM named {@code 007} stays {@code 007}.
 */
final class CsvTabularSource implements TabularSource {

    private static final Pattern TAB_FILE = Pattern.compile("(?i)(?:RVTools_tab|RVTools_|tab)?(v[A-Za-z_]+|dvSwitch|dvPort)\\.csv");

    private final Path input;
    private final Map<String, Path> files;
    private final ZipUnpacker unpacked;

    private CsvTabularSource(Path input, Map<String, Path> files, ZipUnpacker unpacked) {
        this.input = input;
        this.files = files;
        this.unpacked = unpacked;
    }

    /** A folder of CSV files, a zip of them, or one CSV file (taken as the tab its name says, else vInfo). */
    static CsvTabularSource open(Path input) {
        if (Files.isDirectory(input)) {
            return new CsvTabularSource(input, tabs(input), null);
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            ZipUnpacker zip = ZipUnpacker.unpack(input);
            try {
                return new CsvTabularSource(input, tabs(zip.folder()), zip);
            } catch (RuntimeException e) {
                zip.close();
                throw e;
            }
        }
        Map<String, Path> one = new LinkedHashMap<>();
        Matcher m = TAB_FILE.matcher(input.getFileName().toString());
        one.put(m.matches() ? m.group(1) : "vInfo", input);
        return new CsvTabularSource(input, one, null);
    }

    private static Map<String, Path> tabs(Path folder) {
        Map<String, Path> found = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(folder, 2)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                Matcher m = TAB_FILE.matcher(p.getFileName().toString());
                if (m.matches()) {
                    found.putIfAbsent(m.group(1), p);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(folder), "cannot list the folder: " + e.getMessage(), e);
        }
        return found;
    }

    @Override
    public Path file() {
        return input;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(files.keySet());
    }

    @Override
    public InputLocation locate(String sheet) {
        return InputLocation.of(files.get(sheet));
    }

    @Override
    public void read(String sheet, RowHandler handler) {
        Path file = files.get(sheet);
        TextEncoding encoding = TextEncoding.detect(file);
        NumberConvention numbers = learnNumbers(file, encoding);
        try (CsvReader csv = CsvReader.open(file, encoding)) {
            List<CellValue> header = new ArrayList<>();
            for (String h : csv.header().names()) {
                header.add(CellValue.text(h));
            }
            handler.row(new SheetRow(csv.headerLine(), header));
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                List<String> fields = r.get().fields();
                List<CellValue> cells = new ArrayList<>(fields.size());
                for (int i = 0; i < fields.size(); i++) {
                    cells.add(handler.wants(i) ? cell(fields.get(i), numbers) : null);
                }
                handler.row(new SheetRow(r.get().line(), cells));
            }
        }
    }

    private static NumberConvention learnNumbers(Path file, TextEncoding encoding) {
        NumberConventionDetector detector = new NumberConventionDetector();
        try (CsvReader csv = CsvReader.open(file, encoding)) {
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                r.get().fields().forEach(detector::observe);
            }
            return detector.decide(csv.delimiter());
        }
    }

    private static CellValue cell(String text, NumberConvention numbers) {
        if (text == null || text.isBlank()) {
            return CellValue.text(text == null ? "" : text);
        }
        try {
            OptionalDouble n = LocaleNumber.parse(text, numbers);
            if (n.isPresent()) {
                return new CellValue(CellValue.Kind.NUMBER, text, n.getAsDouble(), false);
            }
        } catch (MalformedNumberException notANumber) {
            // text it is: names, dates, versions, addresses
        }
        return CellValue.text(text);
    }

    @Override
    public void close() {
        if (unpacked != null) {
            unpacked.close();
        }
    }
}
