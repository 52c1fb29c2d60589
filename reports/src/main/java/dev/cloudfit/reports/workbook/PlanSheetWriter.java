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
 * The Migration Plan sheet, streamed: one row per VM with its assessed facts (locked), the targets
 * the admin sets (yellow: resource group, VNet, subnet, wave, IP, test VNet) and the approval
 * columns (yellow; Approved is a Yes/No list). Each row's fingerprint of its facts goes to the
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
                t.text(c.index(), facts.get(c.index()));
            }
            t.text(PlanColumn.RESOURCE_GROUP.index(), row.resourceGroup(), styles.inputText);
            t.text(PlanColumn.VNET.index(), row.vnet(), styles.inputText);
            t.text(PlanColumn.SUBNET.index(), row.subnet(), styles.inputText);
            t.number(PlanColumn.WAVE.index(), row.wave(), styles.inputInteger, 4);
            t.text(PlanColumn.IP.index(), row.ip(), styles.inputText);
            t.text(PlanColumn.TEST_VNET.index(), row.testVnet(), styles.inputText);
            t.blank(PlanColumn.APPROVED.index(), styles.inputText);
            t.blank(PlanColumn.APPROVED_BY.index(), styles.inputText);
            t.blank(PlanColumn.APPROVED_ON.index(), styles.inputDate);
            manifest.entry(row.vm().instanceUuid(), Fingerprint.row(facts), Fingerprint.columns(facts));
        }
        t.widen(PlanColumn.RESOURCE_GROUP.index(), 20);
        t.widen(PlanColumn.VNET.index(), 18);
        t.widen(PlanColumn.SUBNET.index(), 16);
        t.widen(PlanColumn.IP.index(), 15);
        t.widen(PlanColumn.TEST_VNET.index(), 18);
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
