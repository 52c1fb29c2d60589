package dev.cloudfit.assess.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.core.error.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: each case is a one-line error naming file, sheet, row and column, or a counted warning. */
class RvToolsBadInputTest {

    @TempDir
    Path dir;

    private final RvToolsImporter importer = new RvToolsImporter();

    private Path valid(String name) throws IOException {
        return new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs", "Memory"), List.of("a", 1, 512))
                .write(dir.resolve(name));
    }

    private BadInputException failure(Path file) {
        try {
            importer.importWorkbook(file);
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(file.getFileName().toString());
            return e;
        }
        throw new AssertionError("expected a BadInputException for " + file);
    }

    @Test
    void notAZip() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.xlsx"), "VM,CPUs\nweb01,2\n");
        assertThat(failure(f)).hasMessage("notes.xlsx: not an .xlsx workbook (an .xlsx file is a zip archive; this one is not)");
    }

    @Test
    void emptyFileAndMissingFile() throws IOException {
        assertThat(failure(Files.createFile(dir.resolve("empty.xlsx")))).hasMessage("empty.xlsx: the file is empty");
        assertThat(failure(dir.resolve("nowhere.xlsx"))).hasMessage("nowhere.xlsx: no such file");
    }

    @Test
    void truncatedWorkbook() throws IOException {
        Path f = valid("cut.xlsx");
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        assertThat(failure(f).getMessage()).startsWith("cut.xlsx: ").containsAnyOf("truncated", "not a readable");
    }

    @Test
    void zipBombIsRefused() throws IOException {
        Path source = valid("src.xlsx");
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipFile zin = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry e : java.util.Collections.list(zin.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(spaces);
                    }
                    out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zin.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThat(failure(bomb)).hasMessageContaining("zip bomb");
    }

    @Test
    void encryptedWorkbook() throws Exception {
        Path plain = valid("plain.xlsx");
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("not-a-real-secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile());
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(failure(locked)).hasMessageContaining("encrypted (password-protected)");
    }

    @Test
    void legacyXlsWorkbook() throws IOException {
        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("vInfo").createRow(0).createCell(0).setCellValue("VM");
            wb.write(out);
        }
        assertThat(failure(xls)).hasMessageContaining("legacy .xls");
    }

    @Test
    void noVinfoSheet() throws IOException {
        Path f = new TestWorkbook().sheet("Sheet1", List.of("Name"), List.of("x")).write(dir.resolve("wrong.xlsx"));
        assertThat(failure(f)).hasMessage(
                "wrong.xlsx: no vInfo sheet, so no VMs (found: Sheet1); is this an RVTools export?");
    }

    @Test
    void noVmColumn() throws IOException {
        Path f = new TestWorkbook().sheet("vInfo", List.of("Name", "CPUs"), List.of("x", 1)).write(dir.resolve("novm.xlsx"));
        assertThat(failure(f)).hasMessage(
                "novm.xlsx, sheet vInfo, row 1: no 'VM' column in the header row; is this an RVTools vInfo sheet?");
    }

    @Test
    void nonNumericCount() throws IOException {
        Path f = new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs", "Memory"),
                List.of("a", 2, 512), List.of("b", "four", 512)).write(dir.resolve("text.xlsx"));
        assertThat(failure(f)).hasMessage("text.xlsx, sheet vInfo, row 3, column 'CPUs': expected a number, found 'four'");
    }

    @Test
    void negativeAndFractionalNumbers() throws IOException {
        Path neg = new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs", "Memory"),
                List.of("a", 2, -512)).write(dir.resolve("neg.xlsx"));
        assertThat(failure(neg)).hasMessage("neg.xlsx, sheet vInfo, row 2, column 'Memory': a size cannot be negative, found -512");
        Path frac = new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs"), List.of("a", 1.5)).write(dir.resolve("frac.xlsx"));
        assertThat(failure(frac)).hasMessage("frac.xlsx, sheet vInfo, row 2, column 'CPUs': expected a whole number, found 1.5");
    }

    @Test
    void numbersFromTheWildAreRangeCheckedWhereTheyAreRead() throws IOException {
        List<Object> wild = List.of(0x1p63, 1e308, "NaN", "\u221e", "Infinity", "9223372036854775807", 1e12);
        for (String column : List.of("CPUs", "Memory", "NICs", "Disks", "Provisioned MiB", "In Use MiB")) {
            for (Object value : wild) {
                List<Object> row = new ArrayList<>(List.of("a", 2, 4096, 1, 1, 1024, 512));
                row.set(List.of("VM", "CPUs", "Memory", "NICs", "Disks", "Provisioned MiB", "In Use MiB")
                        .indexOf(column), value);
                Path f = new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs", "Memory", "NICs", "Disks",
                        "Provisioned MiB", "In Use MiB"), row).write(dir.resolve("wild.xlsx"));
                assertThat(failure(f).getMessage()).as(column + " = " + value)
                        .startsWith("wild.xlsx, sheet vInfo, row 2, column '" + column + "': ");
            }
        }
        Path nics = new TestWorkbook().sheet("vInfo", List.of("VM", "NICs"), List.of("a", 1e9))
                .write(dir.resolve("nics.xlsx"));
        assertThat(failure(nics)).hasMessage("nics.xlsx, sheet vInfo, row 2, column 'NICs': a count of 1000000000"
                + " is more than any real VMware inventory holds (at most 64)");
        Path memory = new TestWorkbook().sheet("vInfo", List.of("VM", "Memory"), List.of("a", 0x1p63))
                .write(dir.resolve("mem.xlsx"));
        assertThat(failure(memory).getMessage()).startsWith("mem.xlsx, sheet vInfo, row 2, column 'Memory': a size"
                + " of 9.223372036854776E18 MiB is more than any real one (at most 67108864 MiB");
        Path disk = new TestWorkbook().sheet("vInfo", List.of("VM"), List.of("a"))
                .sheet("vDisk", List.of("VM", "Disk", "Capacity MiB"), List.of("a", "Hard disk 1", 1e308))
                .write(dir.resolve("disk.xlsx"));
        assertThat(failure(disk).getMessage()).startsWith("disk.xlsx, sheet vDisk, row 2, column 'Capacity MiB': ");
        // the largest real values still import
        Inventory big = importer.importWorkbook(new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs", "Memory",
                "NICs"), List.of("monster", 768, 24 * 1024 * 1024, 10)).write(dir.resolve("big.xlsx")));
        assertThat(big.vms().get(0).vcpus()).isEqualTo(768);
    }

    @Test
    void numbersStoredAsTextAreRead() throws Exception {
        Inventory inv = importer.importWorkbook(new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs", "Memory"),
                List.of("a", " 4 ", "16,384")).write(dir.resolve("astext.xlsx")));
        assertThat(inv.vms().get(0).vcpus()).isEqualTo(4);
        assertThat(inv.vms().get(0).memory().toMebibytes()).isEqualTo(16_384);
    }

    @Test
    void duplicateVmIdentities() throws IOException {
        Path f = new TestWorkbook().sheet("vInfo", TestWorkbook.vinfoHeader(),
                TestWorkbook.vinfoRow("web", "vm-7", 2, 4096), TestWorkbook.vinfoRow("db", "vm-8", 2, 4096),
                TestWorkbook.vinfoRow("web-clone", "vm-7", 2, 4096)).write(dir.resolve("dup.xlsx"));
        assertThat(failure(f)).hasMessage("dup.xlsx, sheet vInfo, row 4, column 'VM ID': duplicate VM 'web-clone': "
                + "row 2 already has the same identity (vc01.example.com/vm-7)");
    }

    @Test
    void formulaCellsUseTheirCachedValueAndAreCounted() throws Exception {
        Inventory inv = importer.importWorkbook(new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs", "Memory"),
                List.of("a", new TestWorkbook.Formula("1+1", 2), 512)).write(dir.resolve("formula.xlsx")));
        assertThat(inv.vms().get(0).vcpus()).isEqualTo(2);
        assertThat(inv.source().warningCounts()).containsEntry("rvtools.formula-cell", 1L);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        String evil = "=HYPERLINK(\"http://example.invalid\",\"click\")";
        Inventory inv = importer.importWorkbook(new TestWorkbook().sheet("vInfo",
                List.of("VM", "CPUs", "Memory", "Annotation", "Datacenter"),
                List.of(evil, 1, 512, "+cmd|' /C calc'!A0", "DC")).write(dir.resolve("inject.xlsx")));
        assertThat(inv.vms().get(0).name()).isEqualTo(evil);
        assertThat(inv.vms().get(0).annotation()).isEqualTo("+cmd|' /C calc'!A0");
        assertThat(inv.source().warningCounts()).doesNotContainKey("rvtools.formula-cell");
    }

    @Test
    void externalEntitiesInSheetXmlAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path source = valid("src.xlsx");
        Path hostile = dir.resolve("xxe.xlsx");
        try (ZipFile zin = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(hostile))) {
            for (ZipEntry e : java.util.Collections.list(zin.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().startsWith("xl/worksheets/sheet")) {
                    String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c></row>"
                            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
                            + "</sheetData></worksheet>";
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in = zin.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        try {
            Inventory inv = importer.importWorkbook(hostile);
            assertThat(inv.vms()).noneMatch(v -> v.name().contains("TOP-SECRET"));
        } catch (BadInputException e) {
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET").startsWith("xxe.xlsx");
        }
    }

    @Test
    void aMillionRowSheetStreams() throws IOException {
        TestWorkbook wb = new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs", "Memory"));
        List<List<Object>> rows = new ArrayList<>(1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            rows.add(List.of("vm" + i, 1 + i % 8, 1024));
        }
        wb.rows("vInfo", rows);
        Path f = wb.write(dir.resolve("million.xlsx"));
        rows.clear();
        Inventory inv = importer.importWorkbook(f);
        assertThat(inv.vms()).hasSize(1_000_000);
        assertThat(inv.vms().get(999_999).name()).isEqualTo("vm999999");
    }
}
