package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.AvsRow;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The AVS sheet: node type, node count, the resource that decided the count, monthly cost ("missing" without a
 * price), the nodes' CPU, memory and storage use, and the FTT, host-count and node-type findings.
 */
final class AvsSheetWriter {

    private static final List<String> HEADERS = List.of("Scope", "Node type", "Nodes", "Limiting factor",
            "Monthly cost", "CPU use", "Memory use", "Storage use", "Findings");

    private final Styles styles;

    AvsSheetWriter(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, List<AvsRow> rows) {
        Table t = new Table(sheet, styles, 0, HEADERS);
        for (AvsRow a : rows) {
            t.newRow();
            t.text(0, a.scope());
            t.text(1, a.nodeType());
            t.integer(2, a.nodes());
            t.text(3, a.limitingFactor());
            t.money(4, a.monthlyCost()); // "missing" when the node type has no price, never 0
            if (a.utilisation().isPresent()) {
                t.number(5, a.utilisation().get().cpu(), styles.percent, 7);
                t.number(6, a.utilisation().get().memory(), styles.percent, 7);
                t.number(7, a.utilisation().get().storage(), styles.percent, 7);
            } else {
                for (int c = 5; c <= 7; c++) {
                    t.text(c, Table.MISSING, styles.missing);
                }
            }
            t.text(8, a.findings());
        }
        t.finish();
    }
}
