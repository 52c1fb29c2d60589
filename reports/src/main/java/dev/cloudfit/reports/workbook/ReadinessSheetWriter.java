package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.ReadinessRow;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** The Readiness sheet: each reason code, its severity, how many VMs carry it, and the remedy. */
final class ReadinessSheetWriter {

    private static final List<String> HEADERS = List.of("Reason code", "Readiness", "VMs", "Remedy");

    private final Styles styles;

    ReadinessSheetWriter(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, List<ReadinessRow> rows) {
        Table t = new Table(sheet, styles, 0, HEADERS);
        for (ReadinessRow r : rows) {
            t.newRow();
            t.text(0, r.described());
            t.text(1, r.severity().label());
            t.integer(2, r.count());
            t.text(3, r.remedy());
        }
        ReadinessColours.apply(sheet, 1, t.firstDataRow(), t.lastRow());
        t.finish();
    }
}
