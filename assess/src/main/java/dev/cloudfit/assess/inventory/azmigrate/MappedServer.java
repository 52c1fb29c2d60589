package dev.cloudfit.assess.inventory.azmigrate;

import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.perf.UtilizationSnapshot;
import java.util.List;

/** One template row read into the model: the VM, its utilisation figures, what was odd about it. */
record MappedServer(Vm vm, UtilizationSnapshot utilization, List<ImportWarning> warnings) {

    MappedServer {
        warnings = List.copyOf(warnings);
    }
}
