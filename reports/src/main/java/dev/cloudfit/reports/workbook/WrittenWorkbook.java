package dev.cloudfit.reports.workbook;

import java.nio.file.Path;
import java.util.UUID;

/** What {@link WorkbookWriter} produced: the file, the id stored in its manifest, and its plan row count. */
public record WrittenWorkbook(Path file, UUID workbookId, int planRows) {
}
