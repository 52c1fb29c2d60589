package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.plan.Fingerprint;
import dev.cloudfit.reports.plan.PlanColumn;
import dev.cloudfit.reports.plan.PlanFacts;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The Migration Plan sheet, streamed: one row per VM with its assessed target (locked) and the
 * approval columns (unlocked; Approved is a Yes/No list). Each row's fingerprint goes to the
 * manifest as the row is written.
 */
final class PlanSheetWriter {

    private final Styles styles;

    PlanSheetWriter(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, List<PlanRow> rows, ManifestSheetWriter manifest) {
        List<String> headers = Arrays.stream(PlanColumn.values()).map(PlanColumn::header).toList();
        Table t = new Table(sheet, styles, 0, headers);
        for (PlanRow row : rows) {
            t.newRow();
            List<String> facts = PlanFacts.of(row);
            for (PlanColumn c : PlanColumn.lockedColumns()) {
                if (c == PlanColumn.WAVE) {
                    t.integer(c.index(), row.wave());
                } else {
                    t.text(c.index(), facts.get(c.index()));
                }
            }
            t.blank(PlanColumn.APPROVED.index(), styles.inputText);
            t.blank(PlanColumn.APPROVED_BY.index(), styles.inputText);
            t.blank(PlanColumn.APPROVED_ON.index(), styles.inputDate);
            manifest.entry(row.vm().instanceUuid(), Fingerprint.row(facts), Fingerprint.columns(facts));
        }
        t.widen(PlanColumn.APPROVED.index(), 10);
        t.widen(PlanColumn.APPROVED_BY.index(), 24);
        t.widen(PlanColumn.APPROVED_ON.index(), 12);
        if (!rows.isEmpty()) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation yesNo = helper.createValidation(helper.createExplicitListConstraint(new String[] {"Yes", "No"}),
                    new CellRangeAddressList(t.firstDataRow(), t.lastRow(), PlanColumn.APPROVED.index(),
                            PlanColumn.APPROVED.index()));
            yesNo.setShowErrorBox(true);
            yesNo.setSuppressDropDownArrow(true);
            yesNo.createErrorBox("Approved", "Choose Yes or No.");
            sheet.addValidationData(yesNo);
        }
        t.finish();
    }
}
