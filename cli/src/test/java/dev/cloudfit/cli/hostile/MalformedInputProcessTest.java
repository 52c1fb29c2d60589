package dev.cloudfit.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed workbooks and inputs that are not files, through the real process: one line of ours on
 * stderr (no library log line before it), exit 2, no output written, never a hang.
 */
class MalformedInputProcessTest {

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private Path report() {
        return dir.resolve("report.xlsx");
    }

    @Test
    void aDoctypeInsideAWorkbookPartIsOneLineOfOurs() throws Exception {
        Path valid = HostileWorkbooks.vinfo(dir.resolve("valid.xlsx"), List.of("VM", "CPUs"), List.of("a", 1));
        Path dtd = HostileWorkbooks.withSheetXml(valid, dir.resolve("dtd.xlsx"), HostileWorkbooks.sheetXml(
                "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x \"boom\">]>", "&x;".getBytes(StandardCharsets.UTF_8)));
        CloudfitProcess.Result r = CloudfitProcess.run(logs, "assess", "--inventory", dtd.toString(), "--out",
                report().toString());
        assertThat(r.oneErrorNaming("dtd.xlsx")).contains("DTD");
        assertThat(report()).doesNotExist();
        assertThat(CloudfitProcess.run(logs, "inventory", dtd.toString()).oneErrorNaming("dtd.xlsx")).contains("DTD");
    }

    @Test
    void aDoctypeOrInvalidUtf8InThePartsPoiParsesIsOneLineOfOurs() throws Exception {
        Path valid = HostileWorkbooks.vinfo(dir.resolve("valid.xlsx"), List.of("VM", "CPUs"), List.of("a", 1));
        String workbookXml = new String(HostileWorkbooks.part(valid, "xl/workbook.xml"), StandardCharsets.UTF_8);
        int root = workbookXml.indexOf("<workbook");
        Path dtd = HostileWorkbooks.withPart(valid, dir.resolve("dtd-wb.xlsx"), "xl/workbook.xml",
                ("<?xml version=\"1.0\"?><!DOCTYPE workbook [<!ENTITY x \"boom\">]>" + workbookXml.substring(root))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(CloudfitProcess.run(logs, "inventory", dtd.toString()).oneErrorNaming("dtd-wb.xlsx"))
                .contains("DTD");

        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        broken.writeBytes(workbookXml.replace("name=\"vInfo\"", "name=\"vInfo\u0001\"").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = broken.toByteArray();
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\u0001');
        bytes[at] = (byte) 0xC3; // then "\"": a lead byte without its continuation byte
        Path utf8 = HostileWorkbooks.withPart(valid, dir.resolve("utf8-wb.xlsx"), "xl/workbook.xml", bytes);
        CloudfitProcess.run(logs, "inventory", utf8.toString()).oneErrorNaming("utf8-wb.xlsx");

        Path types = HostileWorkbooks.withPart(valid, dir.resolve("types.xlsx"), "[Content_Types].xml",
                new byte[] {'<', '?', 'x', 'm', 'l', ' ', (byte) 0xFF, (byte) 0xFE, '>'});
        CloudfitProcess.run(logs, "inventory", types.toString()).oneErrorNaming("types.xlsx");
    }

    @Test
    void invalidUtf8InACellIsExit2NamingFileSheetRowAndCell() throws Exception {
        Path valid = HostileWorkbooks.vinfo(dir.resolve("valid.xlsx"), List.of("VM", "CPUs"), List.of("a", 1));
        // the VM name of row 2 is "web" 0xC3 "(": a lead byte followed by a byte that cannot continue it
        Path bad = HostileWorkbooks.withSheetXml(valid, dir.resolve("cell-utf8.xlsx"), HostileWorkbooks.sheetXml(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", new byte[] {'w', 'e', 'b', (byte) 0xC3, '('}));
        assertThat(CloudfitProcess.run(logs, "inventory", bad.toString()).oneErrorNaming("cell-utf8.xlsx"))
                .contains("sheet vInfo, row 2").contains("cell A2 is not valid UTF-8");
        assertThat(CloudfitProcess.run(logs, "assess", "--inventory", bad.toString(), "--out", report().toString())
                .oneErrorNaming("cell-utf8.xlsx")).contains("cell A2 is not valid UTF-8");
        assertThat(report()).doesNotExist();
    }

    @Test
    void aPipeOrADeviceIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("servers.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mkfifo.exitValue()).as("mkfifo (coreutils) makes the pipe").isZero();
        assertThat(CloudfitProcess.run(logs, "inventory", fifo.toString()).oneErrorNaming("servers.csv"))
                .contains("not a regular file");
        assertThat(CloudfitProcess.run(logs, "assess", "--inventory", fifo.toString(), "--out", report().toString())
                .oneErrorNaming("servers.csv")).contains("not a regular file");
        assertThat(CloudfitProcess.run(logs, "inventory", "/dev/zero").oneErrorNaming("zero"))
                .contains("not a regular file");
        assertThat(report()).doesNotExist();
    }

    @Test
    void numbersFromTheWildAreOneLineNeverAnOverflow() throws Exception {
        Path huge = HostileWorkbooks.vinfo(dir.resolve("huge.xlsx"), List.of("VM", "CPUs", "Memory"),
                List.of("a", 2, 0x1p63));
        assertThat(CloudfitProcess.run(logs, "assess", "--inventory", huge.toString(), "--out", report().toString())
                .oneErrorNaming("huge.xlsx, sheet vInfo, row 2, column 'Memory'")).contains("more than any real");
        Path nics = Files.writeString(dir.resolve("RVTools_tabvInfo.csv"), "VM,CPUs,Memory,NICs\nweb,2,4096,1e9\n");
        assertThat(CloudfitProcess.run(logs, "inventory", nics.toString())
                .oneErrorNaming("RVTools_tabvInfo.csv, row 2, column 'NICs'")).contains("at most 64");
        Path nan = Files.writeString(dir.resolve("servers.csv"), "*Server name,*Cores,*Memory (In MB),*OS name\n"
                + "web,NaN,4096,Linux\n");
        CloudfitProcess.run(logs, "inventory", nan.toString()).oneErrorNaming("servers.csv, row 2, column '*Cores'");
        assertThat(report()).doesNotExist();
    }

    @Test
    void textLongerThanACellIsCutWithAMarkerAndAWarning() throws Exception {
        // a workbook cannot even hold such a cell: the long texts come in an RVTools CSV export
        String longName = "vm-" + "n".repeat(40_000);
        String longNote = "note " + "x".repeat(100_000);
        Path estate = Files.writeString(dir.resolve("RVTools_tabvInfo.csv"), "VM,CPUs,Memory,Annotation,VI SDK Server\n"
                + longName + ",2,4096," + longNote + ",vc-" + "v".repeat(33_000) + "\nok,1,2048,,vc\n");
        CloudfitProcess.Result r = CloudfitProcess.run(logs, "assess", "--inventory", estate.toString(), "--out",
                report().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.errLines()).anySatisfy(l -> assertThat(l).startsWith("cloudfit: warning: ")
                .contains("longer than a cell holds (32767 characters) cut").contains("VMs"));
        try (Workbook wb = WorkbookFactory.create(report().toFile(), null, true)) {
            String name = wb.getSheet("VMs").getRow(1).getCell(0).getStringCellValue();
            assertThat(name).hasSize(32_767).startsWith("vm-nnn").endsWith("[truncated by cloudfit: 40003 characters]");
        }
    }
}
