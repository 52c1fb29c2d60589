package dev.cloudfit.assess.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static List<CsvRecord> readAll(CsvReader csv) {
        List<CsvRecord> records = new ArrayList<>();
        for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
            records.add(r.get());
        }
        return records;
    }

    private static List<CsvRecord> readAll(Path file) {
        try (CsvReader csv = CsvReader.open(file)) {
            return readAll(csv);
        }
    }

    @Test
    void readsQuotedDelimitersQuotesAndLineBreaks() throws IOException {
        Path file = write("q.csv", "name,note,size\r\n"
                + "\"web, 01\",\"said \"\"hi\"\"\",\"16,384\"\r\n"
                + "db01,\"line one\r\nline two\nline three\",2\r\n"
                + "app01,,3\r\n");
        List<CsvRecord> records = readAll(file);
        assertThat(records).extracting(CsvRecord::fields).containsExactly(
                List.of("web, 01", "said \"hi\"", "16,384"),
                List.of("db01", "line one\r\nline two\nline three", "2"),
                List.of("app01", "", "3"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(2L, 3L, 6L);
    }

    @Test
    void sniffsTheDelimiterOutsideQuotes() throws IOException {
        try (CsvReader csv = CsvReader.open(write("s.csv", "\"a,b,c\";d;e\n1;2;3\n"))) {
            assertThat(csv.delimiter()).isEqualTo(';');
            assertThat(csv.header().names()).containsExactly("a,b,c", "d", "e");
        }
        try (CsvReader csv = CsvReader.open(write("t.tsv", "a\tb,c\td\n1\t2\t3\n"))) {
            assertThat(csv.delimiter()).isEqualTo('\t');
            assertThat(readAll(csv).get(0).fields()).containsExactly("1", "2", "3");
        }
        try (CsvReader csv = CsvReader.open(write("c.csv", "only\nx\n"))) {
            assertThat(csv.delimiter()).isEqualTo(',');
        }
    }

    @Test
    void excelSepLineFixesTheDelimiter() throws IOException {
        try (CsvReader csv = CsvReader.open(write("sep.csv", "sep=;\na,b;c\n1,5;2\n"))) {
            assertThat(csv.delimiter()).isEqualTo(';');
            assertThat(csv.header().names()).containsExactly("a,b", "c");
            assertThat(csv.headerLine()).isEqualTo(2);
            assertThat(readAll(csv).get(0).fields()).containsExactly("1,5", "2");
        }
        try (CsvReader csv = CsvReader.open(write("septab.csv", "SEP=\t\r\na;b\tc\r\n"))) {
            assertThat(csv.delimiter()).isEqualTo('\t');
            assertThat(csv.header().names()).containsExactly("a;b", "c");
        }
    }

    @Test
    void skipsPowerShellTypeLineAndBlankLinesAndCountsThem() throws IOException {
        Path file = write("ps.csv", "#TYPE Selected.VMware.VimAutomation.ViCore.Impl.V1.VM.UniversalVirtualMachineImpl\r\n"
                + "\r\n\"Name\",\"NumCpu\"\r\n\r\n\"vm1\",\"2\"\r\n,\r\n  \r\n\"vm2\",\"4\"\r\n\r\n");
        try (CsvReader csv = CsvReader.open(file)) {
            assertThat(csv.headerLine()).isEqualTo(3);
            assertThat(csv.header().names()).containsExactly("Name", "NumCpu");
            List<CsvRecord> records = readAll(csv);
            assertThat(records).extracting(CsvRecord::line).containsExactly(5L, 8L);
            assertThat(records.get(1).fields()).containsExactly("vm2", "4");
        }
    }

    @Test
    void acceptsLfCrlfAndLoneCrLineEndings() throws IOException {
        for (String eol : List.of("\n", "\r\n", "\r")) {
            Path file = write("eol.csv", "#TYPE x" + eol + "a,b" + eol + eol + "1,2" + eol + "3,4");
            List<CsvRecord> records = readAll(file);
            assertThat(records).as("line ending %s", eol.replace("\r", "CR").replace("\n", "LF"))
                    .extracting(CsvRecord::line).containsExactly(4L, 5L);
            assertThat(records.get(1).fields()).containsExactly("3", "4");
        }
    }

    @Test
    void readsUtf8WithAndWithoutBomAndUtf16WithBom() throws IOException {
        String text = "Server name;OS\nzürich-01;Windows Server 2019 – Datacenter\n";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertUtf(write("plain.csv", utf8), "UTF-8");
        assertUtf(write("bom.csv", concat(bom, utf8)), "UTF-8 with BOM");
        assertUtf(write("le.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))),
                "UTF-16LE with BOM");
        assertUtf(write("be.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE))),
                "UTF-16BE with BOM");
    }

    private static void assertUtf(Path file, String encoding) {
        try (CsvReader csv = CsvReader.open(file)) {
            assertThat(csv.encoding().describe()).isEqualTo(encoding);
            assertThat(csv.header().names()).containsExactly("Server name", "OS");
            assertThat(readAll(csv).get(0).fields()).containsExactly("zürich-01", "Windows Server 2019 – Datacenter");
        }
    }

    @Test
    void readsWindows1252WhenTheFileIsNotUtf8() throws IOException {
        Path file = write("ansi.csv", "name,owner\nsrv1,Ren\u00e9 M\u00fcller\n".getBytes(Charset.forName("windows-1252")));
        try (CsvReader csv = CsvReader.open(file)) {
            assertThat(csv.encoding().legacy()).isTrue();
            assertThat(readAll(csv).get(0).field(1)).isEqualTo("René Müller");
        }
    }

    @Test
    void unterminatedQuoteNamesTheLineItStarts() throws IOException {
        Path file = write("open.csv", "a,b\n1,2\n3,\"never\nclosed\n");
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("open.csv, row 3: a quoted value starting on this line is never closed");
    }

    @Test
    void unterminatedQuoteInTheHeaderIsRefused() throws IOException {
        Path file = write("openhead.csv", "a,\"b\n1,2\n");
        assertThatThrownBy(() -> CsvReader.open(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("openhead.csv, row 1: a quoted value");
    }

    @Test
    void nulBytesAreBinaryContentWithTheLine() throws IOException {
        Path file = write("bin.csv", concat("a,b\n1,2\n3,".getBytes(StandardCharsets.UTF_8),
                new byte[] {0, 0, 0x13, 0x37, (byte) 0x89, 0x50, 0x4E, 0x47}));
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("bin.csv, row 3: binary content (control character U+0000)");
    }

    @Test
    void utf16WithoutBomIsRefusedAsBinary() throws IOException {
        Path file = write("nobom.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> CsvReader.open(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 1: binary content")
                .hasMessageContaining("UTF-16 without a byte order mark");
    }

    @Test
    void textAfterAClosingQuoteIsRefused() throws IOException {
        Path file = write("after.csv", "a,b\n\"x\"y,2\n");
        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("after.csv, row 2: unexpected text after a closing quote");
    }

    @Test
    void extraValuesAreRefusedUnlessBlankAndShortRowsArePadded() throws IOException {
        Path ok = write("trailing.csv", "a,b\n1,2,\n3\n");
        List<CsvRecord> records = readAll(ok);
        assertThat(records.get(0).fields()).containsExactly("1", "2");
        assertThat(records.get(1).field(1)).isEmpty();

        Path shifted = write("shifted.csv", "name,ip,cores\nvm1,10.0.0.1,10.0.0.2,4\n");
        assertThatThrownBy(() -> readAll(shifted))
                .isInstanceOf(BadInputException.class)
                .hasMessage("shifted.csv, row 2: this row has 4 values but the header has 3 columns;"
                        + " is a value containing ',' not quoted?");
    }

    @Test
    void emptyFilesHaveNoHeader() throws IOException {
        for (byte[] content : List.of(new byte[0], "\r\n\n  \n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "#TYPE System.Object\n".getBytes(StandardCharsets.UTF_8))) {
            Path file = write("empty.csv", content);
            assertThatThrownBy(() -> CsvReader.open(file))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("empty.csv: the file is empty: no header line found");
        }
    }

    @Test
    void headerOnlyHasNoRecords() throws IOException {
        try (CsvReader csv = CsvReader.open(write("h.csv", "a,b\r\n"))) {
            assertThat(csv.header().size()).isEqualTo(2);
            assertThat(csv.next()).isEmpty();
        }
    }

    @Test
    void streamsALargeFileRecordByRecord() throws IOException {
        Path file = dir.resolve("big.csv");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("n,text\n");
            for (int i = 0; i < 50_000; i++) {
                out.write(i + ",\"value " + i + ", quoted\"\n");
            }
        }
        long count = 0;
        long lastLine = 0;
        try (CsvReader csv = CsvReader.open(file)) {
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                count++;
                lastLine = r.get().line();
            }
        }
        assertThat(count).isEqualTo(50_000);
        assertThat(lastLine).isEqualTo(50_001);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
