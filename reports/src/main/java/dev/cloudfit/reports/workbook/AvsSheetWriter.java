package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.AvsRow;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** The AVS sheet: node type, node count, the resource that decided the count, monthly cost ("missing" without a price). */
final class AvsSheetWriter {

    private static final List<String> HEADERS = List.of("Scope", "Node type", "Nodes", "Limiting factor",
            "Monthly cost");

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
        }
        t.finish();
    }
}
