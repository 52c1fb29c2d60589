package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.reports.table.SheetOutput;
import java.util.List;

/**
 * vDisk, one row per virtual disk: capacity in MiB, raw/RDM, mode, sharing, thin or eager-zeroed,
 * controller type and label, units, bus sharing, and the file path {@code [datastore] vm/vm.vmdk}.
 * {@code Disk Key} is text, as RVTools writes it, and joins vPartition rows to their disk.
 */
final class VDiskSheet implements RvToolsVmSheet {

    /** The unit number a SCSI controller takes on its own bus. */
    static final int CONTROLLER_UNIT = 7;

    private final RvToolsVmColumns common;
    private final List<String> headers;

    VDiskSheet(RvToolsVmColumns common) {
        this.common = common;
        this.headers = common.headers(List.of("Disk", "Disk Key", "Disk UUID", "Capacity MiB", "Raw", "Disk Mode",
                "Sharing mode", "Thin", "Eagerly Scrub", "Split", "Write Through", "Level", "Shares", "Reservation",
                "Limit", "Controller", "Label", "SCSI Unit #", "Unit #", "Shared Bus", "Path", "Raw LUN ID",
                "Raw Comp. Mode"));
    }

    @Override
    public String name() {
        return "vDisk";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void write(GeneratedVm g, SheetOutput out) {
        Vm vm = g.vm();
        for (int i = 0; i < vm.disks().size(); i++) {
            Disk d = vm.disks().get(i);
            DiskSlot s = g.diskSlots().get(i);
            RowCells row = common.leading(vm).text(d.label()).text(Integer.toString(s.key())).text(s.uuid())
                    .number(RvToolsVmColumns.mib(d.capacity())).flag(d.rdm()).text(s.diskMode()).text(s.sharingMode())
                    .flag(d.provisioning() == DiskProvisioning.THIN)
                    .flag(d.provisioning() == DiskProvisioning.THICK_EAGER_ZEROED)
                    .flag(false).flag(false).text("normal").number(1000).number(0).number(-1)
                    .text(d.controller()).text(s.controllerLabel()).number(CONTROLLER_UNIT).number(s.unit())
                    .text(s.busSharing()).text(s.file())
                    .text(d.rdm() ? "0200" + s.uuid().replace("-", "").substring(0, 24) + "565241494420" : null)
                    .text(d.rdm() ? "physicalMode" : null);
            common.trailing(row, vm);
            out.row(row.cells());
        }
    }
}
