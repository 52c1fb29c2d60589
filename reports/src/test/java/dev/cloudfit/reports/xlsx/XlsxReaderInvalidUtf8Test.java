package dev.cloudfit.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes that are not UTF-8 inside a workbook's text (a shared string, an inline string) are refused with one line
 * naming the file and the part or the sheet, row and cell, instead of being read as U+FFFD replacement characters.
 */
class XlsxReaderInvalidUtf8Test {

    @TempDir
    Path dir;

    /** vInfo: A1 "VM", B1 "Host"; A2 "web01", B2 "esx01" (POI stores texts as shared strings). */
    private Path valid() throws IOException {
        Path file = dir.resolve("valid.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("vInfo");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("VM");
            h.createCell(1).setCellValue("Host");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("web01");
            r.createCell(1).setCellValue("esx01");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static Path withPart(Path source, Path target, String part, byte[] bytes) throws IOException {
        try (ZipFile zin = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : Collections.list(zin.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    out.write(bytes);
                } else {
                    try (InputStream in = zin.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return target;
    }

    private static byte[] part(Path workbook, String part) throws IOException {
        try (ZipFile zin = new ZipFile(workbook.toFile()); InputStream in = zin.getInputStream(zin.getEntry(part))) {
            return in.readAllBytes();
        }
    }

    /** {@code text} with the first {@code marker} replaced by the raw bytes given. */
    private static byte[] replace(byte[] text, String marker, byte[] raw) {
        String s = new String(text, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.writeBytes(raw);
        out.write(text, at + marker.length(), text.length - at - marker.length());
        return out.toByteArray();
    }

    private static List<SheetRow> readAll(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        try (XlsxReader r = XlsxReader.open(file)) {
            r.read("vInfo", rows::add);
        }
        return rows;
    }

    @Test
    void aSharedStringThatIsNotUtf8IsRefusedNamingThePart() throws IOException {
        Path valid = valid();
        // "esx01" (the 4th shared string) becomes "es" 0xC3 "01": a lead byte whose continuation byte is missing
        byte[] shared = replace(part(valid, "xl/sharedStrings.xml"), "esx01", new byte[] {'e', 's', (byte) 0xC3, '0',
            '1'});
        Path bad = withPart(valid, dir.resolve("shared.xlsx"), "xl/sharedStrings.xml", shared);
        assertThatThrownBy(() -> readAll(bad)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("shared.xlsx: part xl/sharedStrings.xml: shared string 4 is not valid UTF-8 text")
                .hasMessageNotContaining("\n");
    }

    @Test
    void anInlineStringThatIsNotUtf8IsRefusedNamingSheetRowAndCell() throws IOException {
        Path valid = valid();
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>Host</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>web01</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>BAD</t></is></c></row></sheetData></worksheet>";
        // 0xFF never occurs in UTF-8
        byte[] bytes = replace(sheet.getBytes(StandardCharsets.UTF_8), "BAD", new byte[] {'e', (byte) 0xFF, 'x'});
        Path bad = withPart(valid, dir.resolve("inline.xlsx"), "xl/worksheets/sheet1.xml", bytes);
        assertThatThrownBy(() -> readAll(bad)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("inline.xlsx, sheet vInfo, row 2: cell B2 is not valid UTF-8 text")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aReplacementCharacterWrittenAsValidUtf8IsText() throws IOException {
        Path valid = valid();
        // U+FFFD itself, correctly encoded (EF BF BD), is valid text and is read
        byte[] shared = replace(part(valid, "xl/sharedStrings.xml"), "esx01", "esx\uFFFD1".getBytes(
                StandardCharsets.UTF_8));
        Path ok = withPart(valid, dir.resolve("fffd.xlsx"), "xl/sharedStrings.xml", shared);
        assertThat(readAll(ok).get(1).cells().get(1).text()).isEqualTo("esx\uFFFD1");
    }
}
