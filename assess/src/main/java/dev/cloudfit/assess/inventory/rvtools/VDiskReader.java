package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Plausible;
import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskAddress;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * vDisk: one row per virtual disk. Without this sheet each VM keeps one aggregated disk sized from
 * vInfo (as Azure Migrate's RVTools import does), and the field sources say so. The controller's
 * label ({@code SCSI controller 0}) and the disk's {@code Unit #} give its address ({@code scsi0:1}),
 * the instance name of its performance counters in vCenter.
 */
final class VDiskReader extends VmSheetReader {

    static final String AGGREGATED_LABEL = "all disks (vInfo total)";

    private int label;
    private int capacity;
    private int raw;
    private int mode;
    private int sharing;
    private int sharedBus;
    private int thin;
    private int eager;
    private int controller;
    private int controllerLabel;
    private int unit;
    private int path;

    VDiskReader(VmAssembly vms) {
        super(vms);
    }

    /** The stand-in disk when only vInfo's total is known. */
    static Disk aggregated(DataSize total) {
        return new Disk(AGGREGATED_LABEL, total, DiskProvisioning.UNKNOWN, null, null, false, false, false);
    }

    /**
     * Without vDisk rows: vInfo's total over its {@code Disks} count, in equal parts labelled
     * {@code Hard disk n (estimated)}, rather than one disk of the whole total (which would make a
     * 3 TiB VM with three 1 TiB disks look like it needs a 3 TiB OS disk). One disk, or an unknown
     * count, gives the aggregated stand-in.
     */
    static List<Disk> estimated(DataSize total, int count) {
        if (count <= 1) {
            return List.of(aggregated(total));
        }
        long each = total.bytes() / count;
        List<Disk> disks = new java.util.ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            long bytes = i < count ? each : total.bytes() - each * (count - 1);
            disks.add(new Disk("Hard disk " + i + Disk.ESTIMATED, DataSize.ofBytes(bytes), DiskProvisioning.UNKNOWN,
                    null, null, false, false, false));
        }
        return disks;
    }

    @Override
    BitSet columns(SheetContext s) {
        var h = s.header();
        label = h.index(RvColumns.DISK_LABEL);
        capacity = h.index(RvColumns.CAPACITY);
        raw = h.index(RvColumns.RAW);
        mode = h.index(RvColumns.DISK_MODE);
        sharing = h.index(RvColumns.SHARING_MODE);
        sharedBus = h.index(RvColumns.SHARED_BUS);
        thin = h.index(RvColumns.THIN);
        eager = h.index(RvColumns.EAGER);
        controller = h.index(RvColumns.CONTROLLER);
        controllerLabel = h.index(RvColumns.CONTROLLER_LABEL);
        if (controllerLabel == label) {
            controllerLabel = -1;
        }
        unit = h.index(RvColumns.UNIT);
        path = h.index(RvColumns.DISK_PATH);
        if (capacity >= 0) {
            s.log().fed("disks", s.sheet());
        }
        return SheetWalker.columns(label, capacity, raw, mode, sharing, sharedBus, thin, eager, controller, path,
                controllerLabel, unit);
    }

    @Override
    void apply(SheetContext s, SheetRow row, VmAssembly.Entry vm) {
        DataSize size = s.mebibytes(row, capacity, Plausible.DISK);
        if (size == null) {
            s.log().warn("rvtools.vdisk.no-capacity", s.at(row, capacity), "a disk without a capacity was ignored");
            return;
        }
        if (!vm.hasDiskRows) {
            vm.vm.disks(List.of());
            vm.hasDiskRows = true;
        }
        String diskMode = lower(s.text(row, mode));
        String share = lower(s.text(row, sharing));
        String bus = lower(s.text(row, sharedBus));
        boolean shared = (share != null && share.contains("multiwriter"))
                || (bus != null && !bus.equals("nosharing") && !bus.isEmpty());
        Boolean isThin = s.bool(row, thin);
        Boolean isEager = s.bool(row, eager);
        DiskProvisioning p = isThin == null ? DiskProvisioning.UNKNOWN
                : isThin ? DiskProvisioning.THIN
                : Boolean.TRUE.equals(isEager) ? DiskProvisioning.THICK_EAGER_ZEROED : DiskProvisioning.THICK_LAZY_ZEROED;
        DiskAddress address = unit < 0 ? null
                : DiskAddress.ofController(s.text(row, controllerLabel), s.count(row, unit, Plausible.DISKS)).orElse(null);
        vm.vm.disk(new Disk(s.text(row, label), size, p, datastore(s.text(row, path)), s.text(row, controller),
                diskMode != null && diskMode.startsWith("independent"), s.flag(row, raw), shared, address));
    }

    /** "[ds01] vm/vm.vmdk" → "ds01". */
    static String datastore(String path) {
        if (path == null || !path.startsWith("[")) {
            return null;
        }
        int end = path.indexOf(']');
        return end > 1 ? path.substring(1, end) : null;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
