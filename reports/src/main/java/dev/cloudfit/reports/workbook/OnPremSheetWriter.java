package dev.cloudfit.reports.workbook;

import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.OnPremInput;
import java.util.Currency;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;

/**
 * The On-premises sheet: what the estate costs today, as editable quantity × monthly unit cost
 * lines, and a live total (named {@code OnPremMonthly}) that the Summary compares with Azure.
 */
final class OnPremSheetWriter {

    private static final List<String> HEADERS = List.of("Item", "Quantity", "Unit", "Monthly cost per unit",
            "Monthly", "Description");

    private final Styles styles;
    private final int digits;

    OnPremSheetWriter(Styles styles, int digits) {
        this.styles = styles;
        this.digits = digits;
    }

    void write(Workbook wb, Sheet sheet, List<OnPremInput> inputs, Currency currency) {
        Table t = new Table(sheet, styles, 0, HEADERS);
        Money total = Money.zero(currency);
        for (OnPremInput in : inputs) {
            int r = t.newRow() + 1;
            t.text(0, in.name());
            boolean whole = in.quantity().stripTrailingZeros().scale() <= 0;
            t.number(1, in.quantity().doubleValue(), whole ? styles.inputCount : styles.inputDecimal,
                    in.quantity().toPlainString().length() + 4);
            t.text(2, in.unit());
            t.money(3, in.monthlyUnitCost(), styles.inputMoney);
            Money monthly = in.monthly();
            total = total.plus(monthly);
            t.formula(4, "ROUND(B" + r + "*D" + r + "," + digits + ")", monthly.amount().doubleValue(), styles.money,
                    Table.moneyChars(monthly));
            t.text(5, in.description());
        }
        int first = t.firstDataRow();
        int last = t.lastRow();
        int totalRow = last + 1;
        t.newRow();
        t.text(0, "Total per month", styles.heading);
        String sum = inputs.isEmpty() ? "0" : "SUM(E" + (first + 1) + ":E" + (last + 1) + ")";
        t.formula(4, sum, total.amount().doubleValue(), styles.moneyBold, Table.moneyChars(total));
        t.finish();
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, last), 0, HEADERS.size() - 1));
        name(wb, InputNames.ON_PREM_MONTHLY, sheet, totalRow, 4, totalRow, 4);
        if (!inputs.isEmpty()) {
            name(wb, InputNames.ON_PREM_QUANTITIES, sheet, first, 1, last, 1);
            name(wb, InputNames.ON_PREM_UNIT_COSTS, sheet, first, 3, last, 3);
        }
        Row note = sheet.createRow(totalRow + 2);
        note.createCell(0).setCellValue("Yellow cells are inputs: edit quantities and unit costs to match"
                + " the customer's figures; the Summary follows.");
    }

    static void name(Workbook wb, String name, Sheet sheet, int r1, int c1, int r2, int c2) {
        var n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(new AreaReference(new CellReference(sheet.getSheetName(), r1, c1, true, true),
                new CellReference(sheet.getSheetName(), r2, c2, true, true),
                org.apache.poi.ss.SpreadsheetVersion.EXCEL2007).formatAsString());
    }
}
