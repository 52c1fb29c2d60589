package dev.cloudfit.reports.workbook;

import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.PriceCoverage;
import dev.cloudfit.reports.model.RegionComparison;
import dev.cloudfit.reports.model.RegionCost;
import dev.cloudfit.reports.model.RegionTotal;
import dev.cloudfit.reports.model.RegionVm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The Regions sheet ({@code --compare-regions}), streamed: one row per VM placed on IaaS with the size chosen for
 * the primary region and its monthly cost (size plus managed disks) in every region under each compared scenario,
 * the reason where there is no figure ("not offered in ..."), then a total row per column and a row saying which
 * VMs each total covers. A total is a SUM over its column (cells without a figure hold words, which SUM leaves
 * out, as the coverage row says), with Java's total cached. The primary region's figures are the VMs sheet's.
 */
final class RegionSheetWriter {

    private static final List<String> LEADING = List.of("VM", "vCenter", "Instance UUID", "Size (primary region)");

    private final Styles styles;

    RegionSheetWriter(Styles styles) {
        this.styles = styles;
    }

    /** The column title of one region and scenario, e.g. "Monthly, PAYG @ northeurope". */
    static String column(String scenario, String region) {
        return "Monthly, " + scenario + " @ " + region;
    }

    void write(Sheet sheet, RegionComparison c) {
        List<String> headers = new ArrayList<>(LEADING);
        List<String[]> columns = new ArrayList<>();
        for (String scenario : c.scenarios()) {
            for (String region : c.regions()) {
                headers.add(column(scenario, region));
                columns.add(new String[] {region, scenario});
            }
        }
        Table t = new Table(sheet, styles, 0, headers);
        for (RegionVm vm : c.vms()) {
            t.newRow();
            t.text(0, vm.id().name());
            t.text(1, vm.id().vCenter());
            t.text(2, vm.id().instanceUuid());
            t.text(3, vm.size());
            for (int i = 0; i < columns.size(); i++) {
                Optional<RegionCost> cost = vm.cost(columns.get(i)[0], columns.get(i)[1]);
                int col = LEADING.size() + i;
                if (cost.isPresent() && cost.get().monthly().isPresent()) {
                    t.money(col, cost.get().monthly().get());
                } else {
                    t.text(col, cost.map(RegionCost::missing).orElse(Table.MISSING), styles.missing);
                }
            }
        }
        int firstVm = t.firstDataRow() + 1; // 1-based, as in a formula
        int lastVm = t.lastRow() + 1;
        t.newRow();
        t.text(0, "Total", styles.heading);
        for (int i = 0; i < columns.size(); i++) {
            Optional<RegionTotal> total = c.total(columns.get(i)[0], columns.get(i)[1]);
            int col = LEADING.size() + i;
            if (total.isEmpty() || total.get().priceCoverage() == PriceCoverage.NONE) {
                t.text(col, "n/a — no VM priced", styles.missing);
            } else {
                // a formula over the column, so an edited VM figure moves the total as it would in any sheet
                Money monthly = total.get().monthly();
                String letter = CellReference.convertNumToColString(col);
                t.formula(col, "SUM(" + letter + firstVm + ":" + letter + lastVm + ")", monthly.amount().doubleValue(),
                        total.get().priceCoverage() == PriceCoverage.COMPLETE ? styles.moneyBold : styles.moneyIncomplete,
                        Table.moneyChars(monthly));
            }
        }
        t.newRow();
        t.text(0, "Total covers", styles.heading);
        for (int i = 0; i < columns.size(); i++) {
            Optional<RegionTotal> total = c.total(columns.get(i)[0], columns.get(i)[1]);
            t.text(LEADING.size() + i, total.map(RegionTotal::coverage).orElse("no VM"),
                    total.isPresent() && total.get().priceCoverage() == PriceCoverage.COMPLETE ? styles.text
                            : styles.warning);
        }
        t.finish();
    }
}
