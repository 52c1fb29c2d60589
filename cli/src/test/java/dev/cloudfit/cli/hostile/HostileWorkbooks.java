package dev.cloudfit.cli.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small RVTools-like workbooks built in the test, and ways to damage them. */
final class HostileWorkbooks {

    private HostileWorkbooks() {
    }

    /** A workbook with one vInfo sheet: a header row, then rows of numbers and texts as given. */
    static Path vinfo(Path file, List<String> header, List<?>... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("vInfo");
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    Object v = rows[r].get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A copy of {@code source} whose first sheet's XML is replaced by {@code sheetXml} (raw bytes). */
    static Path withSheetXml(Path source, Path target, byte[] sheetXml) throws IOException {
        return rewrite(source, target, name -> name.startsWith("xl/worksheets/sheet") ? name : null, sheetXml);
    }

    /** A copy of {@code source} whose part {@code part} (such as {@code xl/workbook.xml}) is {@code bytes}. */
    static Path withPart(Path source, Path target, String part, byte[] bytes) throws IOException {
        return rewrite(source, target, name -> name.equals(part) ? name : null, bytes);
    }

    /** The bytes of one part of a workbook. */
    static byte[] part(Path workbook, String part) throws IOException {
        try (ZipFile zin = new ZipFile(workbook.toFile()); InputStream in = zin.getInputStream(zin.getEntry(part))) {
            return in.readAllBytes();
        }
    }

    private static Path rewrite(Path source, Path target, UnaryOperator<String> replaced, byte[] bytes)
            throws IOException {
        try (ZipFile zin = new ZipFile(source.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : Collections.list(zin.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (replaced.apply(e.getName()) != null) {
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

    /** Sheet XML with one VM row, {@code prolog} before the root element and {@code vmName} as raw bytes. */
    static byte[] sheetXml(String prolog, byte[] vmName) {
        byte[] head = (prolog + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>VM</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + vmName.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(vmName, 0, all, head.length, vmName.length);
        System.arraycopy(tail, 0, all, head.length + vmName.length, tail.length);
        return all;
    }
}
