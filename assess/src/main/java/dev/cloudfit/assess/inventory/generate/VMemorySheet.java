package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.reports.table.SheetOutput;
import java.util.List;

/**
 * vMemory, one row per VM: the configured size and the allocation settings (appliances that ask
 * for it have their memory reserved in full). Live figures (Consumed, Active, Ballooned) are left
 * out: they are performance data.
 */
final class VMemorySheet implements RvToolsVmSheet {

    private final RvToolsVmColumns common;
    private final List<String> headers;

    VMemorySheet(RvToolsVmColumns common) {
        this.common = common;
        this.headers = common.headers(List.of("Size MiB", "Memory Reservation Locked To Max", "Level", "Shares",
                "Reservation", "Limit", "Hot Add"));
    }

    @Override
    public String name() {
        return "vMemory";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void write(GeneratedVm g, SheetOutput out) {
        Vm vm = g.vm();
        long mib = RvToolsVmColumns.mib(vm.memory());
        boolean reserved = g.memoryReserved();
        RowCells row = common.leading(vm).number(mib).flag(reserved).text("normal").number(10 * mib)
                .number(reserved ? mib : 0).number(-1).flag(vm.hardwareVersion() >= 11 && mib <= 65_536);
        common.trailing(row, vm);
        out.row(row.cells());
    }
}
