package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.DiskSlotOrder;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.io.FileDigest;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an RVTools export into the inventory model. vInfo is required; vCPU, vMemory, vDisk,
 * vPartition, vNetwork, vHost and vMetaData enrich it when present, and the inventory's field
 * sources record which sheet fed which field (and what was degraded when a sheet is missing).
 */
public final class RvToolsImporter {

    /** Imports an .xlsx workbook. */
    public Inventory importWorkbook(Path workbook) {
        try (TabularSource source = new XlsxTabularSource(workbook)) {
            return importFrom(source, InventorySource.RVTOOLS_XLSX);
        }
    }

    /**
     * Imports an "Export all to csv" export: a folder or a zip of {@code RVTools_tab*.csv} files,
     * or a single tab's CSV file.
     */
    public Inventory importCsv(Path folderZipOrFile) {
        try (TabularSource source = CsvTabularSource.open(folderZipOrFile)) {
            return importFrom(source, InventorySource.RVTOOLS_CSV);
        }
    }

    Inventory importFrom(TabularSource source, String kind) {
        ImportLog log = new ImportLog();
        VmAssembly vms = new VmAssembly();
        String vinfo = source.findSheet("vInfo").orElseThrow(() -> new BadInputException(
                InputLocation.of(source.file()),
                (kind.equals(InventorySource.RVTOOLS_CSV) ? "no RVTools_tabvInfo.csv" : "no vInfo sheet")
                        + ", so no VMs (found: " + (source.sheetNames().isEmpty() ? "nothing usable"
                        : String.join(", ", source.sheetNames())) + "); is this an RVTools export?"));
        VInfoReader info = new VInfoReader(vms);
        SheetWalker.walk(source, vinfo, log, info);

        walkIfPresent(source, "vCPU", log, new VCpuReader(vms));
        walkIfPresent(source, "vMemory", log, new VMemoryReader(vms));
        if (!walkIfPresent(source, "vDisk", log, new VDiskReader(vms))) {
            log.fed("disks", vinfo + " (no vDisk sheet: each VM's total split evenly over its Disks count, estimated)");
            log.warn("rvtools.vdisk.estimated", source.locate(vinfo), "no vDisk sheet: each VM's disk sizes are"
                    + " estimated (its total storage split evenly over vInfo's Disks count); sizing confidence is"
                    + " one star lower");
        }
        if (!walkIfPresent(source, "vPartition", log, new VPartitionReader(vms))) {
            log.fed("partitions", "none (no vPartition sheet)");
        }
        if (!walkIfPresent(source, "vNetwork", log, new VNetworkReader(vms))) {
            log.fed("nics", vinfo + ".NICs and Network #n (no vNetwork sheet)");
        }
        VHostReader hostReader = new VHostReader();
        if (!walkIfPresent(source, "vHost", log, hostReader)) {
            log.fed("hosts", "none (no vHost sheet)");
        }
        VMetaDataReader meta = new VMetaDataReader();
        walkIfPresent(source, "vMetaData", log, meta);

        List<Vm> out = new ArrayList<>(vms.size());
        InputLocation where = source.locate(vinfo);
        for (VmAssembly.Entry e : vms.entries()) {
            completeNics(e);
            e.vm.disks(DiskSlotOrder.sorted(e.vm.disks())); // the order the Migration Plan's disk types follow
            Vm vm = e.vm.build();
            if (vm.vcpus() == 0 && !e.hasCpuFromVinfo) {
                log.warn("rvtools.vinfo.cpus-missing", where.atRow(e.row),
                        "'" + vm.name() + "' has no CPU count in any sheet; sizing will mark it unknown");
            }
            if (vm.memory().isZero() && !e.hasMemoryFromVinfo) {
                log.warn("rvtools.vinfo.memory-missing", where.atRow(e.row),
                        "'" + vm.name() + "' has no memory size in any sheet; sizing will mark it unknown");
            }
            out.add(vm);
        }
        if (out.isEmpty()) {
            log.warn("rvtools.vinfo.empty", where, "the vInfo sheet lists no VMs");
        }
        String version = meta.version() != null ? meta.version() : info.versionHint();
        InventorySource provenance = new InventorySource(kind, String.valueOf(source.file().getFileName()),
                FileDigest.sha256(source.file()), version == null ? null : "RVTools " + version,
                log.fieldSources(), log.samples(), log.counts());
        List<Host> hosts = hostReader.hosts();
        return new Inventory(out, hosts, provenance);
    }

    private static boolean walkIfPresent(TabularSource source, String logical, ImportLog log, SheetVisitor v) {
        Optional<String> sheet = source.findSheet(logical);
        if (sheet.isEmpty()) {
            return false;
        }
        SheetWalker.walk(source, sheet.get(), log, v);
        return true;
    }

    /** Without vNetwork rows, NICs come from vInfo's count and its Network #1..#8 columns. */
    private static void completeNics(VmAssembly.Entry e) {
        if (e.hasNicRows) {
            return;
        }
        int count = Math.max(e.nicCount, e.networks.size());
        for (int i = 0; i < count; i++) {
            String network = i < e.networks.size() ? e.networks.get(i) : null;
            List<String> v4 = new ArrayList<>();
            List<String> v6 = new ArrayList<>();
            if (i == 0 && e.primaryIp != null) {
                (e.primaryIp.contains(":") ? v6 : v4).add(e.primaryIp);
            }
            e.vm.nic(new Nic("Network adapter " + (i + 1), network, null, null, true, v4, v6));
        }
    }
}
