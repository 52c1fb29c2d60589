package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.BitSet;

/**
 * The shared part of the per-VM sheets (vCPU, vMemory, vDisk, vNetwork, vPartition): find the
 * row's VM in vInfo, count the rows that belong to none, and read custom attributes where vInfo
 * had none (some exports carry them only on these sheets).
 */
abstract class VmSheetReader implements SheetVisitor {

    private final VmAssembly vms;
    private VmRowKey.Columns keys;
    private java.util.List<Integer> custom = java.util.List.of();

    VmSheetReader(VmAssembly vms) {
        this.vms = vms;
    }

    @Override
    public final BitSet header(SheetContext s) {
        keys = VmRowKey.Columns.of(s.header());
        if (keys.name() < 0 && keys.vmId() < 0 && keys.uuid() < 0) {
            s.log().warn("rvtools.sheet.no-vm-column", s.at(new SheetRow(s.header().rowNumber(), java.util.List.of())),
                    "sheet " + s.sheet() + " has no VM, VM ID or VM UUID column; its rows cannot be joined and were ignored");
            return new BitSet();
        }
        custom = CustomAttributeColumns.of(s.header());
        BitSet wanted = SheetWalker.columns(keys.all());
        custom.forEach(wanted::set);
        wanted.or(columns(s));
        return wanted;
    }

    @Override
    public final void row(SheetContext s, SheetRow row) {
        if (keys.name() < 0 && keys.vmId() < 0 && keys.uuid() < 0) {
            return;
        }
        VmRowKey key = keys.read(s, row);
        VmAssembly.Entry vm = vms.find(key);
        if (vm == null) {
            s.log().warn("rvtools.orphan-row", s.at(row),
                    "no VM '" + (key.name() == null ? key.vmId() : key.name()) + "' in vInfo; the row was ignored");
            return;
        }
        for (int c : custom) {
            String v = s.text(row, c);
            if (v != null) {
                vm.vm.customAttributeIfAbsent(s.header().name(c), v);
            }
        }
        apply(s, row, vm);
    }

    /** Resolves this sheet's own columns; returns those to decode. */
    abstract BitSet columns(SheetContext s);

    /** Applies one row to its VM. */
    abstract void apply(SheetContext s, SheetRow row, VmAssembly.Entry vm);
}
