package dev.cloudfit.assess.inventory.azmigrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.OsFamily;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.perf.DiskIo;
import dev.cloudfit.assess.perf.UtilizationSnapshot;
import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Percentage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzureMigrateCsvImporterTest {

    private static final List<String> WEB01 = List.of("web01.contoso.com", "10.0.0.5, fe80::1;10.0.1.5", "4", "16384",
            "Windows Server 2019 Datacenter", "1809", "x64", "Virtual", "VMware", "37.5", "62", "2", "1.5", "0.25",
            "UEFI", "1", "120.5", "256", "3.5", "1.25", "120", "45.5");
    private static final List<String> DB01 = List.of("db01", "", "8", "65536", "Red Hat Enterprise Linux 8", "8",
            "", "", "", "", "", "1", "", "", "BIOS", "1", "", "512", "", "", "", "");

    @TempDir
    Path dir;

    private final AzureMigrateCsvImporter importer = new AzureMigrateCsvImporter();

    @Test
    void readsTheCurrentTemplateIntoTheModel() throws Exception {
        Path file = TemplateFiles.write(dir, "servers.csv", TemplateFiles.WITH_UNITS, List.of(WEB01, DB01), ',');
        AzureMigrateImport result = importer.importFile(file);

        List<Vm> vms = result.inventory().vms();
        assertThat(vms).extracting(Vm::name).containsExactly("web01.contoso.com", "db01");
        Vm web = vms.get(0);
        assertThat(web.vcpus()).isEqualTo(4);
        assertThat(web.memory()).isEqualTo(DataSize.ofMebibytes(16384));
        assertThat(web.guestOs().configured()).isEqualTo("Windows Server 2019 Datacenter 1809");
        assertThat(web.guestOs().family()).isEqualTo(OsFamily.WINDOWS_SERVER);
        assertThat(web.firmware()).isEqualTo(Firmware.EFI);
        assertThat(web.powerState()).isEqualTo(PowerState.UNKNOWN);
        assertThat(web.disks()).containsExactly(new Disk("Disk 1", DataSize.ofGibibytes(256), DiskProvisioning.UNKNOWN,
                null, null, false, false, false));
        assertThat(web.inUse()).isEqualTo(DataSize.ofGibibytes(120.5));
        // the template has no provisioned column: the disks read are what the server provisions
        assertThat(web.provisioned()).isEqualTo(DataSize.ofGibibytes(256));
        assertThat(dev.cloudfit.assess.inventory.summary.InventorySummary.of(result.inventory()).total()
                .provisionedTib()).isCloseTo((256 + 512) / 1024.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(web.nics()).containsExactly(
                new Nic("Network adapter 1", null, null, null, true, List.of("10.0.0.5", "10.0.1.5"), List.of("fe80::1")),
                new Nic("Network adapter 2", null, null, null, true, List.of(), List.of()));
        assertThat(web.customAttributes()).containsEntry("Server type", "Virtual").containsEntry("Hypervisor", "VMware")
                .containsEntry("OS architecture", "x64");
        assertThat(web.identity().key()).isEqualTo("name:web01.contoso.com");

        Vm db = vms.get(1);
        assertThat(db.guestOs().configured()).isEqualTo("Red Hat Enterprise Linux 8");
        assertThat(db.firmware()).isEqualTo(Firmware.BIOS);
        assertThat(db.nics()).hasSize(1);
        assertThat(db.inUse()).isEqualTo(DataSize.ZERO);

        assertThat(result.utilization()).containsOnlyKeys("name:web01.contoso.com");
        UtilizationSnapshot u = result.utilization().get("name:web01.contoso.com");
        assertThat(u.source()).isEqualTo(InventorySource.AZURE_MIGRATE_CSV);
        assertThat(u.cpu()).contains(Percentage.of(37.5));
        assertThat(u.memory()).contains(Percentage.of(62));
        assertThat(u.networkIn()).contains(DataRate.ofMebibytesPerSecond(1.5));
        assertThat(u.networkOut()).contains(DataRate.ofMebibytesPerSecond(0.25));
        assertThat(u.disks()).hasSize(1);
        DiskIo disk1 = u.disks().get(0);
        assertThat(disk1.disk()).isEqualTo("Disk 1");
        assertThat(disk1.read()).contains(DataRate.ofMebibytesPerSecond(3.5));
        assertThat(disk1.write()).contains(DataRate.ofMebibytesPerSecond(1.25));
        assertThat(disk1.readOpsPerSecond()).hasValue(120);
        assertThat(disk1.writeOpsPerSecond()).hasValue(45.5);
        assertThat(u.allDisks().isEmpty()).isTrue();

        InventorySource source = result.inventory().source();
        assertThat(source.kind()).isEqualTo(InventorySource.AZURE_MIGRATE_CSV);
        assertThat(source.name()).isEqualTo("servers.csv");
        assertThat(source.sha256()).isEqualTo(sha256(file));
        assertThat(source.formatVersion())
                .isEqualTo("template headers with unit suffixes (UTF-8, ','-separated, decimal point)");
        assertThat(source.fieldSources()).containsEntry("memory", List.of("*Memory (In MB)"))
                .containsEntry("vcpus", List.of("*Cores"))
                .containsEntry("guestOs.configured", List.of("*OS name", "OS version"))
                .containsEntry("disks", List.of("Disk 1 size (In GB)"))
                .containsEntry("nics", List.of("Network adapters", "IP addresses"));
        assertThat(source.warnings()).isEmpty();
        assertThat(result.inventory().hosts()).isEmpty();
    }

    @Test
    void bothHeaderVariantsGiveTheSameInventory() throws Exception {
        AzureMigrateImport withUnits = importer.importFile(
                TemplateFiles.write(dir, "units.csv", TemplateFiles.WITH_UNITS, List.of(WEB01, DB01), ','));
        AzureMigrateImport plain = importer.importFile(
                TemplateFiles.write(dir, "plain.csv", TemplateFiles.PLAIN, List.of(WEB01, DB01), ','));

        assertThat(plain.inventory().vms()).isEqualTo(withUnits.inventory().vms());
        assertThat(plain.utilization()).isEqualTo(withUnits.utilization());
        assertThat(plain.inventory().source().formatVersion()).startsWith("template headers without unit suffixes");
        assertThat(plain.inventory().source().fieldSources()).containsEntry("memory", List.of("Memory"));
    }

    @Test
    void readsTwentyDiskGroups() throws Exception {
        List<String> header = new ArrayList<>(TemplateFiles.WITH_UNITS.subList(0, 17));
        List<String> row = new ArrayList<>(WEB01.subList(0, 17));
        row.set(15, "20");
        for (int n = 1; n <= 20; n++) {
            header.addAll(TemplateFiles.diskGroup(n));
            row.addAll(List.of(String.valueOf(n * 10), String.valueOf(n), "0.5", String.valueOf(n * 100), "7"));
        }
        AzureMigrateImport result = importer.importFile(TemplateFiles.write(dir, "disks.csv", header, List.of(row), ','));

        Vm vm = result.inventory().vms().get(0);
        assertThat(vm.disks()).hasSize(20);
        assertThat(vm.disks().get(19).label()).isEqualTo("Disk 20");
        assertThat(vm.disks().get(19).capacity()).isEqualTo(DataSize.ofGibibytes(200));
        assertThat(vm.diskCapacity()).isEqualTo(DataSize.ofGibibytes(2100));
        List<DiskIo> io = result.utilization().get(vm.identity().key()).disks();
        assertThat(io).hasSize(20);
        assertThat(io.get(19).read()).contains(DataRate.ofMebibytesPerSecond(20));
        assertThat(io.get(19).readOpsPerSecond()).hasValue(2000);
        assertThat(result.inventory().source().warnings()).isEmpty();
    }

    @Test
    void readsEuropeanExcelSemicolonsAndDecimalCommas() throws Exception {
        List<String> web = new ArrayList<>(WEB01.stream().map(v -> v.matches("[0-9.]+") ? v.replace('.', ',') : v).toList());
        web.set(1, "10.0.0.5");
        web.set(12, "1,250");
        web.set(13, "0,25");
        web.set(16, "1.234,5");
        AzureMigrateImport result = importer.importFile(TemplateFiles.write(dir, "eu.csv", TemplateFiles.WITH_UNITS,
                List.of(web), ';', StandardCharsets.UTF_8, true));

        Vm vm = result.inventory().vms().get(0);
        assertThat(vm.inUse()).isEqualTo(DataSize.ofGibibytes(1234.5));
        UtilizationSnapshot u = result.utilization().get(vm.identity().key());
        assertThat(u.cpu()).contains(Percentage.of(37.5));
        assertThat(u.networkIn()).as("1,250 is one and a quarter in a decimal-comma file")
                .contains(DataRate.ofMebibytesPerSecond(1.25));
        assertThat(result.inventory().source().formatVersion())
                .isEqualTo("template headers with unit suffixes (UTF-8 with BOM, ';'-separated, decimal comma)");
    }

    @Test
    void readsGroupedThousandsInAQuotedCommaFile() throws Exception {
        List<String> web = new ArrayList<>(WEB01);
        web.set(3, "16,384");
        web.set(16, "1,234");
        AzureMigrateImport result = importer.importFile(
                TemplateFiles.write(dir, "en.csv", TemplateFiles.WITH_UNITS, List.of(web), ','));
        Vm vm = result.inventory().vms().get(0);
        assertThat(vm.memory()).isEqualTo(DataSize.ofMebibytes(16384));
        assertThat(vm.inUse()).isEqualTo(DataSize.ofGibibytes(1234));
    }

    @Test
    void readsUtf16FilesFromPowerShellAndWindows1252FromExcel() throws Exception {
        List<String> web = new ArrayList<>(WEB01);
        web.set(0, "srv-zürich");
        AzureMigrateImport utf16 = importer.importFile(TemplateFiles.write(dir, "ps.csv", TemplateFiles.WITH_UNITS,
                List.of(web), '\t', StandardCharsets.UTF_16LE, true));
        assertThat(utf16.inventory().vms().get(0).name()).isEqualTo("srv-zürich");
        assertThat(utf16.inventory().source().formatVersion()).contains("UTF-16LE with BOM, tab-separated");

        AzureMigrateImport ansi = importer.importFile(TemplateFiles.write(dir, "ansi.csv", TemplateFiles.WITH_UNITS,
                List.of(web), ';', Charset.forName("windows-1252"), false));
        assertThat(ansi.inventory().vms().get(0).name()).isEqualTo("srv-zürich");
        assertThat(ansi.inventory().source().warnings()).extracting(ImportWarning::code)
                .containsExactly(AzureMigrateWarnings.LEGACY_ENCODING);
    }

    @Test
    void keepsQuotedMultiLineValuesAndCountsTheirLines() throws Exception {
        List<String> header = new ArrayList<>(TemplateFiles.WITH_UNITS);
        header.add("Business application name");
        List<String> web = new ArrayList<>(WEB01);
        web.add("Payroll\nfront end, \"v2\"");
        List<String> db = new ArrayList<>(DB01);
        db.add("Payroll\ndatabase");
        AzureMigrateImport result = importer.importFile(
                TemplateFiles.write(dir, "multi.csv", header, List.of(web, db), ','));
        assertThat(result.inventory().vms().get(0).customAttributes())
                .containsEntry("Business application name", "Payroll\nfront end, \"v2\"");
        assertThat(result.inventory().vms().get(1).customAttributes())
                .containsEntry("Business application name", "Payroll\ndatabase");
        assertThat(result.inventory().source().warnings()).isEmpty();
    }

    @Test
    void aHeaderWithoutServersIsAnEmptyInventoryWithAWarning() throws Exception {
        AzureMigrateImport result = importer.importFile(
                TemplateFiles.write(dir, "empty.csv", TemplateFiles.WITH_UNITS, List.of(), ','));
        assertThat(result.inventory().vms()).isEmpty();
        assertThat(result.utilization()).isEmpty();
        assertThat(result.inventory().source().warnings()).extracting(ImportWarning::code)
                .containsExactly(AzureMigrateWarnings.NO_SERVERS);
    }

    @Test
    void keysByVirtualMachineIdWhenTheFileHasOne() throws Exception {
        List<String> header = new ArrayList<>(TemplateFiles.WITH_UNITS);
        header.addAll(List.of("Virtual machine ID", "BIOS ID"));
        List<String> web = new ArrayList<>(WEB01);
        web.addAll(List.of("5021A6C3-7E9B-4F00-8D5E-0123456789AB", "4221b6c3-0000-1111-2222-333344445555"));
        AzureMigrateImport result = importer.importFile(TemplateFiles.write(dir, "ids.csv", header, List.of(web), ','));
        Vm vm = result.inventory().vms().get(0);
        assertThat(vm.identity().instanceUuid()).isEqualTo("5021A6C3-7E9B-4F00-8D5E-0123456789AB");
        assertThat(vm.identity().biosUuid()).isEqualTo("4221b6c3-0000-1111-2222-333344445555");
        assertThat(result.utilization()).containsOnlyKeys("uuid:5021a6c3-7e9b-4f00-8d5e-0123456789ab");
    }

    @Test
    void readsTotalsAndGigabyteMemoryWhenTheHeaderSaysSo() throws Exception {
        List<String> header = List.of("Server name", "Cores", "Memory (In GB)", "OS name",
                "Total disks read throughput (MBps)", "Total disks write throughput", "Total disks read ops",
                "Total disks write ops");
        List<String> row = List.of("app01", "2", "8", "Ubuntu Linux 22.04", "4", "2", "300", "150");
        AzureMigrateImport result = importer.importFile(TemplateFiles.write(dir, "gb.csv", header, List.of(row), ','));
        Vm vm = result.inventory().vms().get(0);
        assertThat(vm.memory()).isEqualTo(DataSize.ofGibibytes(8));
        assertThat(vm.disks()).isEmpty();
        assertThat(vm.nics()).isEmpty();
        DiskIo all = result.utilization().get("name:app01").allDisks();
        assertThat(all.disk()).isEqualTo(DiskIo.ALL_DISKS);
        assertThat(all.read()).contains(DataRate.ofMebibytesPerSecond(4));
        assertThat(all.write()).contains(DataRate.ofMebibytesPerSecond(2));
        assertThat(all.readOpsPerSecond()).hasValue(300);
        assertThat(all.writeOpsPerSecond()).hasValue(150);
    }

    @Test
    void readsHeadersThatListTheirChoices() throws Exception {
        List<String> header = List.of("*Server Name", "*Cores", "*Memory (In MB)", "*OS Name", "Boot Type (BIOS/UEFI)",
                "Server type (Virtual/Physical)", "Hypervisor (VMware/Hyper-V)");
        List<String> row = List.of("app01", "2", "4096", "CentOS 7", "uefi", "Virtual", "VMware");
        AzureMigrateImport result = importer.importFile(TemplateFiles.write(dir, "choices.csv", header, List.of(row), ','));
        Vm vm = result.inventory().vms().get(0);
        assertThat(vm.firmware()).isEqualTo(Firmware.EFI);
        assertThat(vm.customAttributes()).containsOnly(
                org.assertj.core.api.Assertions.entry("Server type", "Virtual"),
                org.assertj.core.api.Assertions.entry("Hypervisor", "VMware"));
        assertThat(result.inventory().source().warnings()).isEmpty();
    }

    @Test
    void importsTwentyThousandServersTheTemplateLimit() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            List<String> row = new ArrayList<>(WEB01);
            row.set(0, "srv" + i);
            rows.add(row);
        }
        AzureMigrateImport result = importer.importFile(
                TemplateFiles.write(dir, "big.csv", TemplateFiles.WITH_UNITS, rows, ','));
        assertThat(result.inventory().vms()).hasSize(20_000);
        assertThat(result.utilization()).hasSize(20_000);
        assertThat(result.inventory().vms().get(19_999).name()).isEqualTo("srv19999");
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
