package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.reports.table.SheetOutput;
import java.util.List;

/** One RVTools sheet made of VM rows (vInfo, vCPU, ...): its name, headers and the rows of one VM. */
interface RvToolsVmSheet {

    String name();

    List<String> headers();

    /** Writes the rows {@code vm} has on this sheet: one, several (one per disk) or none. */
    void write(GeneratedVm vm, SheetOutput out);
}
