package dev.cloudfit.assess.inventory.generate;

import static dev.cloudfit.assess.inventory.generate.WorkbookReadBack.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.Vm;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RvToolsWorkbookWriterTest {

    private static final int VMS = 250;

    @TempDir
    static Path dir;

    private static EstateGenerator estate;
    private static List<GeneratedVm> vms;
    private static Map<String, List<List<String>>> book;

    @BeforeAll
    static void writeOnce() throws IOException {
        estate = new EstateGenerator(GeneratorSettings.of(VMS, 11));
        vms = estate.vms().toList();
        RvToolsWorkbookWriter.writeXlsx(estate, dir.resolve("estate.xlsx"));
        book = WorkbookReadBack.read(dir.resolve("estate.xlsx"));
    }

    @Test
    void sheetsAndHeadersFollowRvTools47() {
        assertThat(book.keySet()).containsExactly("vInfo", "vCPU", "vMemory", "vDisk", "vPartition", "vNetwork",
                "vHost", "vMetaData");
        List<String> vInfo = book.get("vInfo").get(0);
        assertThat(vInfo.subList(0, 4)).containsExactly("VM", "Powerstate", "Template", "SRM Placeholder");
        assertThat(vInfo).containsSubsequence("CPUs", "Memory", "NICs", "Disks", "Total disk capacity MiB",
                "Provisioned MiB", "In Use MiB", "Firmware", "HW version", "Annotation", "owner", "app", "env",
                "Backup Policy", "Workload Type", "Datacenter", "Cluster", "Host",
                "OS according to the configuration file", "OS according to the VMware Tools", "VM ID", "SMBIOS UUID",
                "VM UUID", "VI SDK Server", "VI SDK UUID");
        assertThat(vInfo).contains("Folder", "Primary IP Address", "Network #1", "Network #8", "PowerOn", "Creation date");
        assertThat(book.get("vCPU").get(0)).containsSubsequence("CPUs", "Sockets", "Cores p/s", "Annotation", "owner",
                "Datacenter", "Cluster", "Host", "Folder", "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID");
        assertThat(book.get("vMemory").get(0)).containsSubsequence("Size MiB", "Reservation", "Annotation");
        assertThat(book.get("vDisk").get(0)).containsSubsequence("Disk", "Disk Key", "Capacity MiB", "Raw", "Disk Mode",
                "Sharing mode", "Thin", "Eagerly Scrub", "Controller", "Label", "SCSI Unit #", "Unit #", "Shared Bus",
                "Path", "Raw LUN ID", "Raw Comp. Mode", "Annotation");
        assertThat(book.get("vPartition").get(0)).containsSubsequence("Disk Key", "Disk", "Capacity MiB", "Consumed MiB",
                "Free MiB", "Free %");
        assertThat(book.get("vNetwork").get(0)).containsSubsequence("NIC label", "Adapter", "Network", "Switch",
                "Connected", "Mac Address", "IPv4 Address", "IPv6 Address");
        assertThat(book.get("vHost").get(0)).containsSubsequence("Host", "Datacenter", "Cluster", "CPU Model", "Speed",
                "# CPU", "Cores per CPU", "# Cores", "# Memory", "ESX Version");
        assertThat(book.get("vMetaData").get(0))
                .containsExactly("RVTools major version", "RVTools version", "xlsx creation datetime", "Server");
    }

    @Test
    void rowCountsMatchTheEstate() {
        assertThat(book.get("vInfo")).hasSize(VMS + 1);
        assertThat(book.get("vCPU")).hasSize(VMS + 1);
        assertThat(book.get("vMemory")).hasSize(VMS + 1);
        assertThat(book.get("vDisk")).hasSize(1 + vms.stream().mapToInt(g -> g.vm().disks().size()).sum());
        assertThat(book.get("vPartition")).hasSize(1 + vms.stream().mapToInt(g -> g.vm().partitions().size()).sum());
        assertThat(book.get("vNetwork")).hasSize(1 + vms.stream().mapToInt(g -> g.vm().nics().size()).sum());
        assertThat(book.get("vHost")).hasSize(1 + estate.hosts().size());
        assertThat(book.get("vMetaData")).hasSize(2);
        long vmsOnHosts = 0;
        for (int r = 1; r < book.get("vHost").size(); r++) {
            vmsOnHosts += Long.parseLong(get(book.get("vHost"), r, "# VMs total").substring(1));
        }
        assertThat(vmsOnHosts).isEqualTo(VMS);
    }

    @Test
    void vInfoValuesAreThoseOfTheModelInRvToolsForm() {
        List<List<String>> vInfo = book.get("vInfo");
        for (int i = 0; i < VMS; i++) {
            Vm vm = vms.get(i).vm();
            int r = i + 1;
            assertThat(get(vInfo, r, "VM")).isEqualTo(vm.name());
            assertThat(get(vInfo, r, "Template")).isEqualTo(vm.template() ? "True" : "False");
            assertThat(get(vInfo, r, "CPUs")).isEqualTo("#" + vm.vcpus());
            assertThat(get(vInfo, r, "Memory")).isEqualTo("#" + (long) vm.memory().toMebibytes());
            assertThat(get(vInfo, r, "Disks")).isEqualTo("#" + vm.disks().size());
            assertThat(get(vInfo, r, "Total disk capacity MiB")).isEqualTo("#" + (long) vm.diskCapacity().toMebibytes());
            assertThat(get(vInfo, r, "Firmware")).isIn("bios", "efi");
            assertThat(get(vInfo, r, "HW version")).isEqualTo("#" + vm.hardwareVersion());
            assertThat(get(vInfo, r, "Powerstate")).isIn("poweredOn", "poweredOff", "suspended");
            assertThat(get(vInfo, r, "VM ID")).isEqualTo(vm.identity().vmId());
            assertThat(get(vInfo, r, "VM UUID")).isEqualTo(vm.identity().instanceUuid());
            assertThat(get(vInfo, r, "SMBIOS UUID")).isEqualTo(vm.identity().biosUuid());
            assertThat(get(vInfo, r, "owner")).isEqualTo(vm.customAttributes().get("owner"));
            assertThat(get(vInfo, r, "OS according to the configuration file")).isEqualTo(vm.guestOs().configured());
            assertThat(get(vInfo, r, "VI SDK Server")).isEqualTo(estate.vcenter());
        }
        assertThat(get(book.get("vMetaData"), 1, "RVTools version")).isEqualTo("4.7.1.4");
    }

    @Test
    void diskRowsCarryKeysAndPathsThatPartitionsJoinTo() {
        List<List<String>> vDisk = book.get("vDisk");
        Map<String, Set<String>> keysPerVm = new LinkedHashMap<>();
        for (int r = 1; r < vDisk.size(); r++) {
            String vm = get(vDisk, r, "VM");
            keysPerVm.computeIfAbsent(vm, k -> new HashSet<>()).add(get(vDisk, r, "Disk Key"));
            assertThat(get(vDisk, r, "Path")).matches("\\[[a-z0-9-]+] " + vm + "/" + vm + "(_\\d+)?(-rdmp)?\\.vmdk");
            assertThat(get(vDisk, r, "Thin")).isIn("True", "False");
            assertThat(get(vDisk, r, "Label")).startsWith("SCSI controller ");
        }
        List<List<String>> vPartition = book.get("vPartition");
        for (int r = 1; r < vPartition.size(); r++) {
            assertThat(keysPerVm.get(get(vPartition, r, "VM"))).contains(get(vPartition, r, "Disk Key"));
            long capacity = Long.parseLong(get(vPartition, r, "Capacity MiB").substring(1));
            long consumed = Long.parseLong(get(vPartition, r, "Consumed MiB").substring(1));
            long free = Long.parseLong(get(vPartition, r, "Free MiB").substring(1));
            assertThat(consumed).isLessThan(capacity);
            assertThat(consumed + free).isEqualTo(capacity);
        }
        GeneratedVm rdm = vms.stream().filter(g -> g.vm().disks().stream().anyMatch(Disk::rdm)).findFirst().orElseThrow();
        int row = rowOf(vDisk, rdm.vm().name(), "True", "Raw");
        assertThat(get(vDisk, row, "Raw Comp. Mode")).isEqualTo("physicalMode");
    }

    @Test
    void textIsInASharedStringsTableLikeRvToolsWrites() throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("estate.xlsx").toFile())) {
            String sst = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            // every VM name once, however many sheets and rows name it
            for (GeneratedVm vm : vms.subList(0, 20)) {
                String item = "<si><t>" + vm.vm().name() + "</t></si>";
                assertThat(sst.indexOf(item)).as(vm.vm().name()).isPositive();
                assertThat(sst.indexOf(item)).isEqualTo(sst.lastIndexOf(item));
            }
            for (int i = 1; i <= 8; i++) {
                String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + i + ".xml"))
                        .readAllBytes(), StandardCharsets.UTF_8);
                assertThat(sheet).as("sheet %d", i).contains("t=\"s\"").doesNotContain("inlineStr");
            }
        }
    }

    @Test
    void cellTypesAreThoseOfARealExportAndFormulaLikeTextStaysText() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("estate.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet vInfo = wb.getSheet("vInfo");
            int annotation = column(vInfo, "Annotation");
            int creation = column(vInfo, "Creation date");
            int risky = 0;
            for (Row row : vInfo) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                Cell date = row.getCell(creation);
                assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
                assertThat(row.getCell(column(vInfo, "Template")).getCellType()).isEqualTo(CellType.STRING);
                Cell note = row.getCell(annotation);
                if (note != null && note.getCellType() != CellType.BLANK) {
                    assertThat(note.getCellType()).isEqualTo(CellType.STRING);
                    char first = note.getStringCellValue().charAt(0);
                    if ("=+-@".indexOf(first) >= 0) {
                        risky++;
                        assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
                    }
                }
            }
            assertThat(risky).as("annotations that look like formulas").isPositive();
            assertThat(vInfo.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void sameSeedWritesTheSameBytesAndAnotherSeedOtherCells() throws IOException {
        Path again = dir.resolve("again.xlsx");
        RvToolsWorkbookWriter.writeXlsx(new EstateGenerator(GeneratorSettings.of(VMS, 11)), again);
        assertThat(WorkbookReadBack.read(again)).isEqualTo(book);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(dir.resolve("estate.xlsx")));
        Path other = dir.resolve("other.xlsx");
        RvToolsWorkbookWriter.writeXlsx(new EstateGenerator(GeneratorSettings.of(VMS, 12)), other);
        Map<String, List<List<String>>> otherBook = WorkbookReadBack.read(other);
        assertThat(otherBook.get("vInfo").get(0)).isEqualTo(book.get("vInfo").get(0));
        assertThat(otherBook.get("vInfo")).isNotEqualTo(book.get("vInfo"));
    }

    @Test
    void csvFolderHasOneRvToolsFilePerSheetWithTheSameRows() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("csv"));
        Map<String, Long> rows = RvToolsWorkbookWriter.writeCsvFolder(estate, folder);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("RVTools_tabvCPU.csv", "RVTools_tabvDisk.csv", "RVTools_tabvHost.csv",
                            "RVTools_tabvInfo.csv", "RVTools_tabvMemory.csv", "RVTools_tabvMetaData.csv",
                            "RVTools_tabvNetwork.csv", "RVTools_tabvPartition.csv");
        }
        for (Map.Entry<String, Long> e : rows.entrySet()) {
            String text = Files.readString(folder.resolve("RVTools_tab" + e.getKey() + ".csv"), StandardCharsets.UTF_8);
            List<String> records = records(text);
            assertThat(records).hasSize((int) (e.getValue() + 1));
            assertThat(records.get(0)).isEqualTo(String.join(",", book.get(e.getKey()).get(0)));
        }
        String vInfo = Files.readString(folder.resolve("RVTools_tabvInfo.csv"));
        assertThat(vInfo).contains("," + vms.get(0).vm().identity().instanceUuid() + ",");
        assertThat(rows.get("vInfo")).isEqualTo(VMS);
    }

    @Test
    void csvZipIsByteIdenticalPerSeed() throws IOException {
        Path a = dir.resolve("a.zip");
        Path b = dir.resolve("b.zip");
        RvToolsWorkbookWriter.writeCsvZip(estate, a);
        RvToolsWorkbookWriter.writeCsvZip(new EstateGenerator(GeneratorSettings.of(VMS, 11)), b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(a); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).containsExactly("RVTools_tabvInfo.csv", "RVTools_tabvCPU.csv", "RVTools_tabvMemory.csv",
                "RVTools_tabvDisk.csv", "RVTools_tabvPartition.csv", "RVTools_tabvNetwork.csv", "RVTools_tabvHost.csv",
                "RVTools_tabvMetaData.csv");
    }

    /** Splits CSV text into records at CRLFs outside quotes. */
    private static List<String> records(String text) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                out.add(text.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        assertThat(start).isEqualTo(text.length());
        return out;
    }

    private static int rowOf(List<List<String>> sheet, String vm, String value, String header) {
        for (int r = 1; r < sheet.size(); r++) {
            if (get(sheet, r, "VM").equals(vm) && get(sheet, r, header).equals(value)) {
                return r;
            }
        }
        throw new AssertionError("no row for " + vm + " with " + header + " = " + value);
    }

    private static int column(Sheet sheet, String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }
}
