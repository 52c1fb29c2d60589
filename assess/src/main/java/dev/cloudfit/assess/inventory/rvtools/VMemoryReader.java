package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Plausible;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.BitSet;

/** vMemory: the configured memory, used only where vInfo has none. */
final class VMemoryReader extends VmSheetReader {

    private int size;

    VMemoryReader(VmAssembly vms) {
        super(vms);
    }

    @Override
    BitSet columns(SheetContext s) {
        size = s.header().index(RvColumns.SIZE_MIB);
        return SheetWalker.columns(size);
    }

    @Override
    void apply(SheetContext s, SheetRow row, VmAssembly.Entry vm) {
        if (!vm.hasMemoryFromVinfo) {
            DataSize m = s.mebibytes(row, size, Plausible.MEMORY);
            if (m != null) {
                vm.vm.memory(m);
                vm.hasMemoryFromVinfo = true;
                s.log().fed("memory", s.sheet() + "." + s.header().name(size));
            }
        }
    }
}
