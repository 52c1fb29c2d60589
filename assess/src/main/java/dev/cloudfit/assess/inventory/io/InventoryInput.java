package dev.cloudfit.assess.inventory.io;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.azmigrate.AzureMigrateCsvImporter;
import dev.cloudfit.assess.inventory.csv.CsvReader;
import dev.cloudfit.assess.inventory.csv.HeaderNames;
import dev.cloudfit.assess.inventory.rvtools.RvToolsImporter;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Picks the importer for an inventory from what the input is: an RVTools workbook (.xlsx), an
 * RVTools CSV export (a folder, a .zip, or one tab's .csv), or an Azure Migrate import CSV (told
 * apart from an RVTools tab by its {@code Server name} header).
 */
public final class InventoryInput {

    /** What kind of inventory an input holds. */
    public enum Kind { RVTOOLS_XLSX, RVTOOLS_CSV, AZURE_MIGRATE_CSV }

    private InventoryInput() {
    }

    public static Inventory read(Path input) {
        return switch (kindOf(input)) {
            case RVTOOLS_XLSX -> new RvToolsImporter().importWorkbook(input);
            case RVTOOLS_CSV -> new RvToolsImporter().importCsv(input);
            case AZURE_MIGRATE_CSV -> new AzureMigrateCsvImporter().importFile(input).inventory();
        };
    }

    public static Kind kindOf(Path input) {
        if (!Files.exists(input)) {
            throw new BadInputException(InputLocation.of(input), "no such file or folder");
        }
        if (Files.isDirectory(input)) {
            return Kind.RVTOOLS_CSV;
        }
        if (!Files.isRegularFile(input)) {
            // a pipe would block the read forever, a device (/dev/zero) never ends
            throw new BadInputException(InputLocation.of(input), "not a regular file (a pipe, device or socket);"
                    + " give the exported file itself (.xlsx, .csv or .zip) or a folder of RVTools CSV files");
        }
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return Kind.RVTOOLS_XLSX;
        }
        if (name.endsWith(".zip")) {
            return Kind.RVTOOLS_CSV;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            try (CsvReader csv = CsvReader.open(input)) {
                boolean azureMigrate = csv.header().names().stream().map(HeaderNames::normalize)
                        .anyMatch(h -> h.equals("server name"));
                return azureMigrate ? Kind.AZURE_MIGRATE_CSV : Kind.RVTOOLS_CSV;
            }
        }
        throw new BadInputException(InputLocation.of(input), "unrecognised inventory: expected an RVTools export "
                + "(.xlsx, or a folder or .zip of RVTools_tab*.csv) or an Azure Migrate import .csv");
    }
}
