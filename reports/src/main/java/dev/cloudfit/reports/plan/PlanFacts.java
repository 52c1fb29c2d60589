package dev.cloudfit.reports.plan;

import dev.cloudfit.reports.model.PlanRow;
import java.util.List;

/**
 * The canonical text of a plan row's locked columns, in {@link PlanColumn#lockedColumns()} order:
 * exactly what the cells hold as read back (text in its {@link CellText#storable storable} form).
 */
public final class PlanFacts {

    private PlanFacts() {
    }

    public static List<String> of(PlanRow row) {
        return List.of(values(row).stream().map(CellText::storable).toArray(String[]::new));
    }

    private static List<String> values(PlanRow row) {
        return List.of(
                row.vm().name(),
                row.vm().vCenter(),
                row.vm().moRef(),
                row.vm().instanceUuid(),
                row.targetSize(),
                String.join(PlanColumn.DISK_SEPARATOR, row.diskTypes()),
                row.region());
    }
}
