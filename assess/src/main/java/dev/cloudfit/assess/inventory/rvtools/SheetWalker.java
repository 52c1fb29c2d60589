package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.xlsx.RowHandler;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.BitSet;

/**
 * Walks one sheet: the first non-blank row is the header, blank rows are skipped (real exports
 * pad hundreds of them), and only the columns the visitor asked for are decoded.
 */
final class SheetWalker {

    private SheetWalker() {
    }

    /** Walks the sheet and returns how many data rows the visitor received. */
    static long walk(TabularSource source, String sheet, ImportLog log, SheetVisitor visitor) {
        InputLocation where = source.locate(sheet);
        long[] rows = {0};
        source.read(sheet, new RowHandler() {
            private SheetContext context;
            private BitSet wanted;

            @Override
            public void row(SheetRow row) {
                if (row.isBlank()) {
                    return;
                }
                if (context == null) {
                    context = new SheetContext(where, new HeaderRow(sheet, row), log);
                    wanted = visitor.header(context);
                    return;
                }
                rows[0]++;
                visitor.row(context, row);
            }

            @Override
            public boolean wants(int column) {
                return wanted == null || wanted.get(column);
            }
        });
        return rows[0];
    }

    /** The set of the given column indexes, ignoring the missing ones (-1). */
    static BitSet columns(int... indexes) {
        BitSet b = new BitSet();
        for (int i : indexes) {
            if (i >= 0) {
                b.set(i);
            }
        }
        return b;
    }
}
