package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Plausible;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Placement;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.reports.xlsx.CellValue;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** vInfo, the one sheet every RVTools export has: one row per VM with its configuration. */
final class VInfoReader implements SheetVisitor {

    private final VmAssembly vms;
    private int name;
    private int vmId;
    private int uuid;
    private int smbios;
    private int sdkServer;
    private int sdkUuid;
    private int power;
    private int template;
    private int srm;
    private int cpus;
    private int memory;
    private int nics;
    private int disks;
    private int provisioned;
    private int inUse;
    private int totalDisk;
    private int firmware;
    private int hwVersion;
    private int annotation;
    private int datacenter;
    private int cluster;
    private int host;
    private int folder;
    private int osConfig;
    private int osTools;
    private int primaryIp;
    private final List<Integer> networks = new ArrayList<>();
    private List<Integer> custom = List.of();
    private boolean uuidIsSmbios;
    private String versionHint;

    VInfoReader(VmAssembly vms) {
        this.vms = vms;
    }

    /** The RVTools version the header columns point to, e.g. "≥ 4.4.1", or null. */
    String versionHint() {
        return versionHint;
    }

    @Override
    public BitSet header(SheetContext s) {
        HeaderRow h = s.header();
        name = h.index(RvColumns.VM);
        if (name < 0) {
            throw new BadInputException(s.at(new SheetRow(h.rowNumber(), List.of())),
                    "no 'VM' column in the header row; is this an RVTools vInfo sheet?");
        }
        vmId = h.index(RvColumns.VM_ID);
        uuid = h.index(RvColumns.VM_UUID);
        smbios = h.index(RvColumns.SMBIOS_UUID);
        sdkServer = h.index(RvColumns.SDK_SERVER);
        sdkUuid = h.index(RvColumns.SDK_UUID);
        power = h.index(RvColumns.POWERSTATE);
        template = h.index(RvColumns.TEMPLATE);
        srm = h.index(RvColumns.SRM_PLACEHOLDER);
        cpus = h.index(RvColumns.CPUS);
        memory = h.index(RvColumns.MEMORY);
        nics = h.index(RvColumns.NICS);
        disks = h.index(RvColumns.DISKS);
        provisioned = h.index(RvColumns.PROVISIONED);
        inUse = h.index(RvColumns.IN_USE);
        totalDisk = h.index(RvColumns.TOTAL_DISK);
        firmware = h.index(RvColumns.FIRMWARE);
        hwVersion = h.index(RvColumns.HW_VERSION);
        annotation = h.index(RvColumns.ANNOTATION);
        datacenter = h.index(RvColumns.DATACENTER);
        cluster = h.index(RvColumns.CLUSTER);
        host = h.index(RvColumns.HOST);
        folder = h.index(RvColumns.FOLDER);
        osConfig = h.index(RvColumns.OS_CONFIG);
        osTools = h.index(RvColumns.OS_TOOLS);
        primaryIp = h.index(RvColumns.PRIMARY_IP);
        for (int n = 1; n <= 8; n++) {
            int i = h.index(RvColumns.NETWORK_N + n);
            if (i >= 0) {
                networks.add(i);
            }
        }
        custom = CustomAttributeColumns.of(h);
        boolean legacyUnits = h.index("Provisioned MB") >= 0 && h.name(provisioned).trim().endsWith(" MB");
        uuidIsSmbios = legacyUnits && smbios < 0;
        versionHint = versionFrom(h, legacyUnits);
        recordSources(s);

        BitSet wanted = SheetWalker.columns(name, vmId, uuid, smbios, sdkServer, sdkUuid, power, template, srm,
                cpus, memory, nics, disks, provisioned, inUse, totalDisk, firmware, hwVersion, annotation,
                datacenter, cluster, host, folder, osConfig, osTools, primaryIp);
        networks.forEach(wanted::set);
        custom.forEach(wanted::set);
        return wanted;
    }

    private static String versionFrom(HeaderRow h, boolean legacyUnits) {
        if (h.index("Suspended To Memory") >= 0 || h.index("Overall Cpu Readiness") >= 0) {
            return ">= 4.6.1";
        }
        if (h.index(RvColumns.TOTAL_DISK) >= 0) {
            return ">= 4.4.1";
        }
        if (legacyUnits) {
            return "< 4.1.2";
        }
        if (h.index(RvColumns.SRM_PLACEHOLDER) >= 0) {
            return ">= 4.1.2";
        }
        return null;
    }

    private void recordSources(SheetContext s) {
        ImportLog log = s.log();
        String sheet = s.sheet();
        HeaderRow h = s.header();
        feed(log, "vcpus", sheet, h, cpus);
        feed(log, "memory", sheet, h, memory);
        feed(log, "provisioned", sheet, h, provisioned);
        feed(log, "inUse", sheet, h, inUse);
        feed(log, "firmware", sheet, h, firmware);
        feed(log, "guestOs", sheet, h, osConfig);
        feed(log, "guestOs", sheet, h, osTools);
        feed(log, "placement", sheet, h, cluster);
        feed(log, "identity", sheet, h, vmId);
        feed(log, "identity", sheet, h, uuid);
    }

    private static void feed(ImportLog log, String field, String sheet, HeaderRow h, int column) {
        if (column >= 0) {
            log.fed(field, sheet + "." + h.name(column));
        }
    }

    @Override
    public void row(SheetContext s, SheetRow row) {
        CellValue nameCell = row.cell(name);
        if (nameCell != null && nameCell.formula() && nameCell.isBlank()) {
            s.log().warn("rvtools.formula-cell", s.at(row, name), "the VM name is a formula without a calculated"
                    + " value (the workbook was saved without calculating it), so the row was skipped; open and save"
                    + " the workbook in Excel to keep this VM");
            return;
        }
        String vmName = s.text(row, name);
        if (vmName == null) {
            s.log().warn("rvtools.vinfo.no-name", s.at(row, name), "a row without a VM name was skipped");
            return;
        }
        if (s.flag(row, srm)) {
            s.log().warn("rvtools.vinfo.srm-placeholder", s.at(row, srm),
                    "'" + vmName + "' is an SRM placeholder (a disaster-recovery shadow), not a VM; skipped");
            return;
        }
        String server = s.text(row, sdkServer);
        if (server == null) {
            server = s.text(row, sdkUuid);
        }
        String rowUuid = s.text(row, uuid);
        VmIdentity id = new VmIdentity(vmName, server, s.text(row, vmId),
                uuidIsSmbios ? null : rowUuid, uuidIsSmbios ? rowUuid : s.text(row, smbios));

        Vm.Builder vm = Vm.builder(id);
        VmAssembly.Entry entry = new VmAssembly.Entry(vm, id, row.rowNumber());
        VmAssembly.Entry previous = vms.add(entry);
        if (previous != null && isNameOnly(id)) {
            // without any ID column two VMs may share a name (in two folders or clusters): both are kept,
            // the later one under a visible name that says where it comes from; rows of other sheets can
            // no longer tell them apart by name, so they are left out (counted as orphan rows)
            VmIdentity distinct = new VmIdentity(vmName + " (row " + row.rowNumber() + ")", server, null, null,
                    id.biosUuid());
            VmAssembly.Entry own = new VmAssembly.Entry(Vm.builder(distinct), distinct, row.rowNumber());
            if (!vms.addNamedLike(own, vmName)) {
                throw new BadInputException(s.at(row, name), "duplicate VM '" + vmName + "': row " + previous.row
                        + " has the same name, and the name '" + distinct.name() + "' is taken too");
            }
            s.log().warn("rvtools.vinfo.duplicate-name", s.at(row, name), "VM name '" + vmName + "' is also on row "
                    + previous.row + " and the export has no ID column to tell them apart; kept as '"
                    + distinct.name() + "'");
            vm = own.vm;
            entry = own;
            previous = null;
        }
        if (previous != null) {
            throw new BadInputException(s.at(row, vmId >= 0 && id.vmId() != null ? vmId : name),
                    "duplicate VM '" + vmName + "': row " + previous.row + " already has the same identity ("
                            + id.key() + ")");
        }

        String state = s.text(row, power);
        PowerState ps = PowerState.parse(state);
        if (state != null && ps == PowerState.UNKNOWN) {
            s.log().warn("rvtools.vinfo.power-state", s.at(row, power), "unknown power state '" + state + "'");
        }
        vm.powerState(ps).template(s.flag(row, template));

        int cpuCount = s.count(row, cpus, Plausible.VCPUS);
        if (cpuCount >= 0) {
            vm.vcpus(cpuCount);
            entry.hasCpuFromVinfo = true;
        }
        DataSize mem = s.mebibytes(row, memory, Plausible.MEMORY);
        if (mem != null) {
            vm.memory(mem);
            entry.hasMemoryFromVinfo = true;
        }
        entry.nicCount = s.count(row, nics, Plausible.NICS);
        entry.diskCount = s.count(row, disks, Plausible.DISKS);
        DataSize prov = s.mebibytes(row, provisioned, Plausible.VM_STORAGE);
        DataSize used = s.mebibytes(row, inUse, Plausible.VM_STORAGE);
        DataSize total = s.mebibytes(row, totalDisk, Plausible.VM_STORAGE);
        vm.provisioned(prov != null ? prov : total != null ? total : DataSize.ZERO);
        vm.inUse(used != null ? used : DataSize.ZERO);
        DataSize disksTotal = total != null && total.compareTo(DataSize.ZERO) > 0 ? total
                : prov != null && prov.compareTo(DataSize.ZERO) > 0 ? prov : null;
        if (disksTotal != null) {
            // replaced by the vDisk rows when there are any
            vm.disks(VDiskReader.estimated(disksTotal, entry.diskCount));
        }

        String fw = s.text(row, firmware);
        Firmware f = Firmware.parse(fw);
        if (fw != null && f == Firmware.UNKNOWN) {
            s.log().warn("rvtools.vinfo.firmware", s.at(row, firmware), "unknown firmware '" + fw + "'");
        }
        vm.firmware(f);
        vm.hardwareVersion(hardwareVersion(s.text(row, hwVersion)));
        vm.annotation(s.text(row, annotation));
        vm.placement(new Placement(s.text(row, datacenter), s.text(row, cluster), s.text(row, host),
                s.text(row, folder)));
        vm.guestOs(new GuestOs(s.text(row, osConfig), s.text(row, osTools)));
        for (int c : custom) {
            String v = s.text(row, c);
            if (v != null) {
                vm.customAttribute(s.header().name(c), v);
            }
        }
        for (int c : networks) {
            String n = s.text(row, c);
            if (n != null) {
                entry.networks.add(n);
            }
        }
        entry.primaryIp = s.text(row, primaryIp);
    }

    /** Whether the identity rests on the name alone (no MoRef, no instance UUID). */
    private static boolean isNameOnly(VmIdentity id) {
        return (id.vmId() == null || id.vmId().isBlank()) && (id.instanceUuid() == null || id.instanceUuid().isBlank());
    }

    /** "vmx-19", "19" or 19.0 → 19; anything else → 0 (unknown). */
    static int hardwareVersion(String text) {
        if (text == null) {
            return 0;
        }
        String digits = text.replaceAll("^\\D*", "").replaceAll("\\.0$", "");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
