package dev.cloudfit.assess.inventory.azmigrate;

import dev.cloudfit.assess.inventory.io.FileDigest;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.csv.CsvColumn;
import dev.cloudfit.assess.inventory.csv.CsvReader;
import dev.cloudfit.assess.inventory.csv.CsvRecord;
import dev.cloudfit.assess.inventory.csv.CsvRow;
import dev.cloudfit.assess.inventory.csv.NumberConvention;
import dev.cloudfit.assess.inventory.csv.NumberConventionDetector;
import dev.cloudfit.assess.inventory.csv.TextEncoding;
import dev.cloudfit.assess.perf.UtilizationSnapshot;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a file made from Azure Migrate's "import servers with CSV" template (either header
 * variant, any Windows regional format) into an {@link Inventory} and per-server
 * {@link UtilizationSnapshot}s.
 *
 * <p>The file is read in passes and never held whole: its SHA-256, its encoding, the numbers of
 * every numeric column (to learn whether {@code 1,234} means a thousand, see
 * {@link NumberConventionDetector}), then the rows.
 *
 * <p>Decisions: a header with no rows is a valid, empty inventory (with a warning), since an
 * empty export is a fact about the estate, not a malformed file. The same server name twice
 * (ignoring case) is refused, naming both rows: Azure Migrate updates a server when a later
 * import names it again, but within one file the second row is a mistake, and guessing which row
 * is right would hide it.
 */
public final class AzureMigrateCsvImporter {

    public AzureMigrateImport importFile(Path file) {
        String sha256 = FileDigest.sha256(file);
        TextEncoding encoding = TextEncoding.detect(file);
        AzureMigrateColumns columns;
        NumberConvention numbers;
        char delimiter;
        try (CsvReader csv = CsvReader.open(file, encoding)) {
            columns = AzureMigrateColumns.resolve(csv.header(), InputLocation.of(file).atRow(csv.headerLine()));
            delimiter = csv.delimiter();
            numbers = learnNumbers(csv, columns.numericColumns());
        }

        List<ImportWarning> warnings = new ArrayList<>();
        if (encoding.legacy()) {
            warnings.add(new ImportWarning(AzureMigrateWarnings.LEGACY_ENCODING, InputLocation.of(file),
                    "the file is not UTF-8; read as windows-1252 (Excel's plain CSV). Save as 'CSV UTF-8' to be sure"
                            + " of names with accents"));
        }
        if (!columns.unrecognised().isEmpty()) {
            warnings.add(new ImportWarning(AzureMigrateWarnings.EXTRA_COLUMNS, InputLocation.of(file),
                    "columns not in the template, kept as custom attributes: "
                            + String.join(", ", columns.unrecognised().stream().map(CsvColumn::header).toList())));
        }

        List<Vm> vms = new ArrayList<>();
        Map<String, UtilizationSnapshot> utilization = new LinkedHashMap<>();
        Map<String, Long> rowOfName = new HashMap<>();
        Map<String, Long> rowOfKey = new HashMap<>();
        AzureMigrateRowMapper mapper = new AzureMigrateRowMapper(columns);
        try (CsvReader csv = CsvReader.open(file, encoding)) {
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                CsvRow row = new CsvRow(file, r.get(), numbers);
                MappedServer server = mapper.map(row);
                Vm vm = server.vm();
                refuseDuplicate(row, columns, rowOfName, vm.name().toLowerCase(Locale.ROOT),
                        "server '" + vm.name() + "'");
                refuseDuplicate(row, columns, rowOfKey, vm.identity().key(),
                        "a server with the identity '" + vm.identity().key() + "'");
                vms.add(vm);
                warnings.addAll(server.warnings());
                if (!server.utilization().isEmpty()) {
                    utilization.put(vm.identity().key(), server.utilization());
                }
            }
        }
        if (vms.isEmpty()) {
            warnings.add(new ImportWarning(AzureMigrateWarnings.NO_SERVERS, InputLocation.of(file),
                    "the file has a header but no servers; the inventory is empty"));
        }

        String format = columns.variant() + " (" + encoding.describe() + ", "
                + (delimiter == '\t' ? "tab" : "'" + delimiter + "'") + "-separated, "
                + describe(numbers) + ")";
        InventorySource source = new InventorySource(InventorySource.AZURE_MIGRATE_CSV,
                String.valueOf(file.getFileName()), sha256, format, AzureMigrateFieldSources.of(columns), warnings);
        return new AzureMigrateImport(new Inventory(vms, List.of(), source), utilization);
    }

    private static NumberConvention learnNumbers(CsvReader csv, List<CsvColumn> numeric) {
        NumberConventionDetector detector = new NumberConventionDetector();
        for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
            for (CsvColumn c : numeric) {
                detector.observe(r.get().field(c.index()));
            }
        }
        return detector.decide(csv.delimiter());
    }

    private static void refuseDuplicate(CsvRow row, AzureMigrateColumns columns, Map<String, Long> seen,
            String key, String what) {
        Long earlier = seen.putIfAbsent(key, row.line());
        if (earlier != null) {
            throw new BadInputException(row.location(columns.column(AzureMigrateField.SERVER_NAME)),
                    what + " is on rows " + earlier + " and " + row.line()
                            + "; a server may appear only once in a file");
        }
    }

    private static String describe(NumberConvention numbers) {
        return switch (numbers) {
            case DECIMAL_POINT -> "decimal point";
            case DECIMAL_COMMA -> "decimal comma";
            case UNDECIDED -> "both decimal marks";
        };
    }
}
