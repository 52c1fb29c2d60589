package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Plausible;
import dev.cloudfit.assess.inventory.Partition;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.BitSet;

/** vPartition: the guest file systems VMware Tools reports, with what they use. */
final class VPartitionReader extends VmSheetReader {

    private int mount;
    private int capacity;
    private int consumed;
    private int free;

    VPartitionReader(VmAssembly vms) {
        super(vms);
    }

    @Override
    BitSet columns(SheetContext s) {
        var h = s.header();
        mount = h.index(RvColumns.PARTITION);
        capacity = h.index(RvColumns.CAPACITY);
        consumed = h.index(RvColumns.CONSUMED);
        free = h.index(RvColumns.FREE);
        s.log().fed("partitions", s.sheet());
        return SheetWalker.columns(mount, capacity, consumed, free);
    }

    @Override
    void apply(SheetContext s, SheetRow row, VmAssembly.Entry vm) {
        DataSize cap = s.mebibytes(row, capacity, Plausible.DISK);
        if (cap == null) {
            s.log().warn("rvtools.vpartition.no-capacity", s.at(row, capacity),
                    "a partition without a capacity was ignored");
            return;
        }
        DataSize used = s.mebibytes(row, consumed, Plausible.DISK);
        if (used == null) {
            DataSize f = s.mebibytes(row, free, Plausible.DISK);
            used = f == null ? DataSize.ZERO : cap.minus(f);
        }
        vm.vm.partition(new Partition(s.text(row, mount), cap, used));
    }
}
