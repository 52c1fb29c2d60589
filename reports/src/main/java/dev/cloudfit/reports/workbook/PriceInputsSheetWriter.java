package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.DiscountScope;
import dev.cloudfit.reports.model.RateInput;
import dev.cloudfit.reports.model.ScenarioRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Price inputs sheet: per scenario, the unit rates it still lacks (no row in the price source and
 * no override), each with a yellow, empty "Unit rate per hour" cell. A rate entered there is turned
 * into a monthly amount (rate × VMs × hours: 730 for a commitment, else {@code HoursPerMonth}) that the
 * scenario's Monthly formula on the Scenarios sheet adds; once all of a scenario's rates are entered
 * the disks of those VMs count too. Empty rates count as nothing, never as 0 price: the coverage stays
 * incomplete until they are filled in.
 */
final class PriceInputsSheetWriter {

    /** 1-based first and last sheet rows of one scenario's rates. */
    record Block(int first, int last) {
    }

    static final int RATE = 4;
    private static final List<String> HEADERS = List.of("Scenario", "Rate for", "VMs", "Billed",
            "Unit rate per hour", "Compute monthly", "Licences monthly");

    private final Styles styles;

    PriceInputsSheetWriter(Styles styles) {
        this.styles = styles;
    }

    /** Writes the sheet; returns each scenario's block of rows by its index in {@code scenarios}. */
    Map<Integer, Block> write(Sheet sheet, List<ScenarioRow> scenarios) {
        Map<Integer, Block> blocks = new HashMap<>();
        Table t = new Table(sheet, styles, 0, HEADERS);
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioRow s = scenarios.get(i);
            int first = -1;
            int last = -1;
            for (RateInput r : s.rateInputs()) {
                int row = t.newRow() + 1;
                first = first < 0 ? row : first;
                last = row;
                t.text(0, ScenarioTitles.of(s.name()));
                t.text(1, r.meter());
                t.integer(2, r.vms());
                t.text(3, r.everyHour() ? "every hour (730 h)" : "per running hour");
                t.blank(RATE, styles.inputRate);
                t.widen(RATE, 14);
                String hours = r.everyHour() ? "730" : InputNames.HOURS_PER_MONTH;
                String monthly = "IF(ISNUMBER(E" + row + "),E" + row + "*C" + row + "*" + hours + ",0)";
                boolean licence = r.category() == DiscountScope.LICENCES;
                t.formula(5, licence ? "0" : monthly, 0, styles.money, 10);
                t.formula(6, licence ? monthly : "0", 0, styles.money, 10);
            }
            if (first > 0) {
                blocks.put(i, new Block(first, last));
            }
        }
        int noteRow = t.lastRow() + 2;
        t.finish();
        Row note = sheet.createRow(noteRow);
        note.createCell(0).setCellValue(scenarios.stream().allMatch(s -> s.rateInputs().isEmpty())
                ? "No scenario lacks a unit rate that could be entered here."
                : "Enter a negotiated or quoted hourly rate in a yellow cell: the scenario's total on the Scenarios"
                        + " sheet includes it (and, once all its rates are entered, the disks of those VMs)."
                        + " Rates for reservations and savings plans are effective hourly rates, billed every hour.");
        return blocks;
    }
}
