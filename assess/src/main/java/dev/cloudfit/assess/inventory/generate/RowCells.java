package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.reports.table.OutputCell;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Collects one row's cells in column order, with RVTools' conventions (sizes as whole MiB). */
final class RowCells {

    private final List<OutputCell> cells = new ArrayList<>(64);

    RowCells text(String value) {
        cells.add(OutputCell.text(value));
        return this;
    }

    RowCells number(long value) {
        cells.add(OutputCell.number(value));
        return this;
    }

    RowCells decimal(double value) {
        cells.add(OutputCell.number(value));
        return this;
    }

    RowCells flag(boolean value) {
        cells.add(OutputCell.flag(value));
        return this;
    }

    RowCells time(LocalDateTime value) {
        cells.add(OutputCell.timestamp(value));
        return this;
    }

    RowCells blank() {
        cells.add(OutputCell.BLANK);
        return this;
    }

    List<OutputCell> cells() {
        return cells;
    }
}
