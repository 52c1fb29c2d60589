package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Partition;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.reports.table.SheetOutput;
import java.util.List;

/**
 * vPartition, one row per guest file system that VMware Tools reports (so only for running VMs
 * with Tools): the mount point as {@code Disk}, capacity, consumed and free MiB, free percent, and
 * the {@code Disk Key} of the virtual disk it lives on.
 */
final class VPartitionSheet implements RvToolsVmSheet {

    private final RvToolsVmColumns common;
    private final List<String> headers;

    VPartitionSheet(RvToolsVmColumns common) {
        this.common = common;
        this.headers = common.headers(List.of("Disk Key", "Disk", "Capacity MiB", "Consumed MiB", "Free MiB", "Free %"));
    }

    @Override
    public String name() {
        return "vPartition";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void write(GeneratedVm g, SheetOutput out) {
        Vm vm = g.vm();
        for (int i = 0; i < vm.partitions().size(); i++) {
            Partition p = vm.partitions().get(i);
            long capacity = RvToolsVmColumns.mib(p.capacity());
            long consumed = RvToolsVmColumns.mib(p.consumed());
            long free = capacity - consumed;
            RowCells row = common.leading(vm)
                    .text(Integer.toString(g.diskSlots().get(g.partitionDisks().get(i)).key())).text(p.mountPoint())
                    .number(capacity).number(consumed).number(free).number(capacity == 0 ? 0 : 100 * free / capacity);
            common.trailing(row, vm);
            out.row(row.cells());
        }
    }
}
