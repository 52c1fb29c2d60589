package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.xlsx.RowHandler;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** An RVTools export as named tables of rows, whether it came as a workbook or as CSV files. */
interface TabularSource extends AutoCloseable {

    /** The input as the user named it (file, folder or zip). */
    Path file();

    /** The table names as found ({@code vInfo}, or {@code tabvInfo} in old exports). */
    List<String> sheetNames();

    /** The real name of a logical sheet, case-insensitive, with or without the {@code tab} prefix. */
    default Optional<String> findSheet(String logical) {
        for (String name : sheetNames()) {
            String n = name.trim();
            if (n.equalsIgnoreCase(logical) || n.equalsIgnoreCase("tab" + logical)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    void read(String sheet, RowHandler handler);

    /** Where a sheet's rows are, for messages: the workbook and sheet, or the CSV file. */
    default InputLocation locate(String sheet) {
        return InputLocation.of(file()).inSheet(sheet);
    }

    @Override
    void close();
}
