package dev.cloudfit.assess.cli;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where {@code generate} writes and in which form, decided from {@code --out}: a name ending
 * {@code .xlsx} is a workbook, {@code .zip} a zip of CSV files, anything else a folder of CSV files
 * (made if its parent exists). Checked before any work starts, so a typo costs nothing.
 */
record GenerateTarget(Path path, Form form) {

    enum Form { XLSX, CSV_ZIP, CSV_FOLDER }

    /** Extensions of files that generate does not write: such a name is a mistake, not a folder. */
    private static final java.util.Set<String> FILE_EXTENSIONS = java.util.Set.of("csv", "tsv", "txt", "json", "xls",
            "xlsm", "xlsb", "xltx", "ods", "gz", "tgz", "tar", "7z", "duckdb", "parquet");

    private static boolean looksLikeAFile(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && FILE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    static GenerateTarget of(Path out) {
        Path path = out.toAbsolutePath().normalize();
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        InputLocation where = InputLocation.of(out);
        Form form = name.endsWith(".xlsx") ? Form.XLSX : name.endsWith(".zip") ? Form.CSV_ZIP : Form.CSV_FOLDER;
        if (form == Form.CSV_FOLDER && looksLikeAFile(name)) {
            throw new BadInputException(where, "generate writes an .xlsx workbook, a .zip of CSV files or a folder of"
                    + " CSV files; give --out a name ending .xlsx or .zip, or a folder name without an extension");
        }
        if (form == Form.CSV_FOLDER && Files.isDirectory(path)) {
            return new GenerateTarget(path, form);
        }
        Path parent = path.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException(where, "the folder " + parent + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException(where, "is a folder; give a file name ending ." + name.substring(name.lastIndexOf('.') + 1));
        }
        if (form == Form.CSV_FOLDER && Files.exists(path)) {
            throw new BadInputException(where, "is a file, not a folder");
        }
        return new GenerateTarget(path, form);
    }
}
