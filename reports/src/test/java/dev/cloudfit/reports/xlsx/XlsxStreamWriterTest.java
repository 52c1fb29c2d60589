package dev.cloudfit.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.reports.table.OutputCell;
import dev.cloudfit.reports.table.SheetOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxStreamWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTypedCellsUnderABoldFrozenHeader() throws IOException {
        Path file = dir.resolve("out.xlsx");
        LocalDateTime when = LocalDateTime.of(2024, 6, 28, 4, 55, 40);
        try (XlsxStreamWriter w = XlsxStreamWriter.open(file)) {
            SheetOutput s = w.addSheet("vInfo", List.of("VM", "CPUs", "Template", "PowerOn", "Note"));
            s.row(OutputCell.text("web-01"), OutputCell.number(4), OutputCell.flag(false),
                    OutputCell.timestamp(when), OutputCell.number(2.5));
            s.row(OutputCell.text("db-01"), OutputCell.BLANK, OutputCell.flag(true));
            assertThat(s.rowCount()).isEqualTo(2);
            w.commit();
        }
        try (XSSFWorkbook wb = read(file)) {
            Sheet sheet = wb.getSheet("vInfo");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("VM");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("web-01");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(4.0);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("False");
            Cell date = first.getCell(3);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue()).isEqualTo(when);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2.5);

            Row second = sheet.getRow(2);
            assertThat(second.getCell(1)).isNull();
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("True");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
        assertThat(leftovers()).containsExactly(file.getFileName().toString());
    }

    @Test
    void formulaLikeTextStaysText() throws IOException {
        Path file = dir.resolve("formula.xlsx");
        List<String> risky = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3", "@SUM(A1:A2)", "=1+1");
        try (XlsxStreamWriter w = XlsxStreamWriter.open(file)) {
            SheetOutput s = w.addSheet("S", List.of("value"));
            risky.forEach(t -> s.row(OutputCell.text(t)));
            s.row(OutputCell.text("plain"));
            w.commit();
        }
        try (XSSFWorkbook wb = read(file)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < risky.size(); i++) {
                Cell c = sheet.getRow(i + 1).getCell(0);
                assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                assertThat(c.getStringCellValue()).isEqualTo(risky.get(i));
                assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(sheet.getRow(risky.size() + 1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void textNeedingEscapesRoundTrips() throws IOException {
        Path file = dir.resolve("escapes.xlsx");
        List<String> texts = List.of("a<b>&\"c\"", "tab\there", "line\nbreak", "nbsp\u00A0x", "emoji \uD83D\uDE00",
                "plain text, with comma", "C:\\Mount\\Disk23\\");
        try (XlsxStreamWriter w = XlsxStreamWriter.open(file)) {
            SheetOutput s = w.addSheet("S", List.of("value"));
            for (int i = 0; i < 3 * XlsxStreamWriter.ROW_WINDOW; i++) {
                s.row(OutputCell.text(texts.get(i % texts.size())));
            }
            w.commit();
        }
        try (XSSFWorkbook wb = read(file)) {
            Sheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < 3 * XlsxStreamWriter.ROW_WINDOW; i++) {
                assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(texts.get(i % texts.size()));
            }
        }
    }

    @Test
    void aSharedStringsTableHoldsEachTextOnceAndReadsBackExactly() throws IOException {
        Path file = dir.resolve("shared.xlsx");
        List<String> texts = List.of("a<b>&\"c\"", "tab\there", "line\nbreak", "cr\r\nlf", "bell\u0007",
                "_x0041_ stays literal", "  padded  ", "nbsp\u00A0x", "emoji \uD83D\uDE00", "=1+1", "plain");
        int rows = 3 * XlsxStreamWriter.ROW_WINDOW;
        try (XlsxStreamWriter w = XlsxStreamWriter.open(file, java.time.Instant.parse("2026-01-12T09:30:00Z"),
                XlsxStrings.SHARED_TABLE)) {
            SheetOutput s = w.addSheet("S", List.of("value", "n"));
            for (int i = 0; i < rows; i++) {
                s.row(OutputCell.text(texts.get(i % texts.size())), OutputCell.number(i));
            }
            w.commit();
        }
        String sheetXml = entry(file, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).contains("t=\"s\"").doesNotContain("inlineStr");
        String sst = entry(file, "xl/sharedStrings.xml");
        // the two headers and each distinct text once; every text cell counted
        assertThat(sst).contains("uniqueCount=\"" + (2 + texts.size()) + "\"").contains("count=\"" + (2 + rows) + "\"");
        try (XSSFWorkbook wb = read(file)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("value");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(texts.get(i % texts.size()));
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(i);
            }
            Cell formulaLike = sheet.getRow(10).getCell(0);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=1+1");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
        }
        List<SheetRow> read = new java.util.ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(file)) {
            reader.read("S", read::add);
        }
        assertThat(read).hasSize(rows + 1);
        for (int i = 0; i < rows; i++) {
            assertThat(read.get(i + 1).cell(0).text()).isEqualTo(texts.get(i % texts.size()));
            assertThat(read.get(i + 1).cell(1).number()).isEqualTo(i);
        }
    }

    @Test
    void streamsManyRowsOnSeveralSheetsAtOnce() throws IOException {
        Path file = dir.resolve("big.xlsx");
        int n = 20 * XlsxStreamWriter.ROW_WINDOW + 7;
        try (XlsxStreamWriter w = XlsxStreamWriter.open(file)) {
            SheetOutput a = w.addSheet("a", List.of("i"));
            SheetOutput b = w.addSheet("b", List.of("i", "twice"));
            for (int i = 0; i < n; i++) {
                a.row(OutputCell.number(i));
                b.row(OutputCell.number(i), OutputCell.number(2L * i));
            }
            w.commit();
        }
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheetName(0)).isEqualTo("a");
            assertThat(wb.getSheetName(1)).isEqualTo("b");
            assertThat(wb.getSheet("a").getLastRowNum()).isEqualTo(n);
            assertThat(wb.getSheet("b").getRow(n).getCell(1).getNumericCellValue()).isEqualTo(2.0 * (n - 1));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(XlsxStrings.class)
    void eachSheetCarriesItsTrueDimensionSoReadOnlyReadersSeeTheRows(XlsxStrings strings) throws IOException {
        Path file = dir.resolve("dim.xlsx");
        int n = 3 * XlsxStreamWriter.ROW_WINDOW + 5; // past the in-memory window: rows spilled to disk count too
        try (XlsxStreamWriter w = XlsxStreamWriter.open(file, java.time.Instant.parse("2026-01-01T00:00:00Z"),
                strings)) {
            SheetOutput wide = w.addSheet("wide", List.of("a", "b", "c", "d", "e"));
            SheetOutput empty = w.addSheet("empty", List.of("only header", "second"));
            for (int i = 0; i < n; i++) {
                wide.row(OutputCell.text("vm-" + i), OutputCell.number(i), OutputCell.BLANK, OutputCell.BLANK,
                        OutputCell.number(2 * i));
            }
            assertThat(empty.rowCount()).isZero();
            w.commit();
        }
        // openpyxl in read-only mode sizes each sheet by its <dimension>: with A1 it would yield one cell
        String script = String.join("\n",
                "import openpyxl, sys",
                "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)",
                "for ws in wb.worksheets:",
                "    rows = list(ws.iter_rows(values_only=True))",
                "    print(ws.title, ws.calculate_dimension(), len(rows), rows[-1])");
        String out = dev.cloudfit.reports.testing.ExternalTools.run(
                List.of(dev.cloudfit.reports.testing.ExternalTools.PYTHON, "-c", script, file.toString()), 120,
                dir);
        assertThat(out.lines()).containsExactly(
                "wide A1:E" + (n + 1) + " " + (n + 1) + " ('vm-" + (n - 1) + "', " + (n - 1) + ".0, None, None, "
                        + (2 * (n - 1)) + ".0)",
                "empty A1:B1 1 ('only header', 'second')");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(XlsxStrings.class)
    void aFixedCreationTimeGivesTheSameBytesForTheSameRows(XlsxStrings strings) throws IOException {
        Path first = dir.resolve("first-" + strings + ".xlsx");
        Path second = dir.resolve("second-" + strings + ".xlsx");
        for (Path file : List.of(first, second)) {
            try (XlsxStreamWriter w = XlsxStreamWriter.open(file, java.time.Instant.parse("2026-01-12T09:30:00Z"),
                    strings)) {
                // several sheets whose last rows are flushed at commit: their texts must be numbered
                // in the same order every time
                for (String name : List.of("S", "T", "U", "V", "W")) {
                    SheetOutput s = w.addSheet(name, List.of("a", "b"));
                    for (int i = 0; i < 3 * XlsxStreamWriter.ROW_WINDOW + 5; i++) {
                        s.row(OutputCell.text(name + " row " + i), OutputCell.number(i));
                    }
                }
                w.commit();
            }
        }
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        // the entries carry the given time, not the clock's
        long fixed = java.time.Instant.parse("2026-01-12T09:30:00Z").toEpochMilli();
        int entries = 0;
        try (InputStream in = Files.newInputStream(first); java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(in)) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTime()).as(e.getName()).isEqualTo(fixed);
                entries++;
            }
        }
        assertThat(entries).isGreaterThan(3);
    }

    @Test
    void spillFilesAreDeletedOnClose() throws IOException {
        Path spill = Files.createDirectories(dir.resolve("spill"));
        org.apache.poi.util.TempFile.setTempFileCreationStrategy(
                new org.apache.poi.util.DefaultTempFileCreationStrategy(spill.toFile()));
        try {
            for (boolean commit : new boolean[] {true, false}) {
                try (XlsxStreamWriter w = XlsxStreamWriter.open(dir.resolve("spilled-" + commit + ".xlsx"))) {
                    SheetOutput s = w.addSheet("S", List.of("i"));
                    for (int i = 0; i < 5 * XlsxStreamWriter.ROW_WINDOW; i++) {
                        s.row(OutputCell.number(i));
                    }
                    try (Stream<Path> files = Files.walk(spill)) {
                        assertThat(files.filter(Files::isRegularFile).count()).as("spilled rows on disk").isPositive();
                    }
                    if (commit) {
                        w.commit();
                    }
                }
                try (Stream<Path> files = Files.walk(spill)) {
                    assertThat(files.filter(Files::isRegularFile).toList()).isEmpty();
                }
            }
        } finally {
            org.apache.poi.util.TempFile.setTempFileCreationStrategy(
                    new org.apache.poi.util.DefaultTempFileCreationStrategy());
        }
    }

    @Test
    void closingWithoutCommitLeavesTheTargetAsItWas() throws IOException {
        Path file = dir.resolve("keep.xlsx");
        Files.writeString(file, "old");
        try (XlsxStreamWriter w = XlsxStreamWriter.open(file)) {
            w.addSheet("S", List.of("h")).row(OutputCell.text("x"));
        }
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(leftovers()).containsExactly("keep.xlsx");
    }

    @Test
    void refusesRowsWiderThanTheHeaderAndDuplicateSheets() throws IOException {
        try (XlsxStreamWriter w = XlsxStreamWriter.open(dir.resolve("x.xlsx"))) {
            SheetOutput s = w.addSheet("S", List.of("h"));
            assertThatThrownBy(() -> s.row(OutputCell.text("a"), OutputCell.text("b")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.addSheet("s", List.of("h"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String entry(Path file, String name) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
