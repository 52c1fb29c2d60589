package dev.cloudfit.reports.workbook;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * What {@link WorkbookWriter} produced: the file, the id stored in its manifest, its plan row count,
 * and warnings for the user (text cut to fit a cell).
 */
public record WrittenWorkbook(Path file, UUID workbookId, int planRows, List<String> warnings) {

    public WrittenWorkbook {
        warnings = List.copyOf(warnings);
    }
}
