package dev.cloudfit.assess.inventory.azmigrate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one line that names the file, the row and the column; exit code 2. */
class AzureMigrateCsvImporterErrorsTest {

    private static final List<String> HEADER = List.of("*Server name", "*Cores", "*Memory (In MB)", "*OS name",
            "CPU utilization percentage", "Notes");
    private static final List<String> GOOD = List.of("web01", "4", "8192", "Windows Server 2022", "12", "");

    @TempDir
    Path dir;

    private final AzureMigrateCsvImporter importer = new AzureMigrateCsvImporter();

    @SafeVarargs
    private Path file(List<String> header, List<String>... rows) throws IOException {
        return TemplateFiles.write(dir, "servers.csv", header, List.of(rows), ',');
    }

    private static List<String> with(int index, String value) {
        List<String> row = new ArrayList<>(GOOD);
        row.set(index, value);
        return row;
    }

    @Test
    void aMissingMandatoryColumnIsNamed() throws IOException {
        Path file = file(List.of("*Server name", "*Memory (In MB)", "*OS name"), List.of("web01", "8192", "Linux"));
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv, row 1: the mandatory column '*Cores' is missing from the header;"
                        + " is this an Azure Migrate import file?")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((BadInputException) e).exitCode())
                        .isEqualTo(ExitCode.BAD_INPUT));
    }

    @Test
    void severalMissingMandatoryColumnsAreNamedTogether() throws IOException {
        Path file = file(List.of("Server name", "Notes"), List.of("web01", ""));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessage("servers.csv, row 1: the mandatory columns '*Cores', '*Memory (In MB)', '*OS name' are"
                        + " missing from the header; is this an Azure Migrate import file?");
    }

    @Test
    void aBadNumberNamesFileRowColumnAndText() throws IOException {
        Path file = file(HEADER, GOOD, with(2, "16 GB"));
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv, row 3, column '*Memory (In MB)': '16 GB' is not a valid number: it is not a number");
    }

    @Test
    void negativeMemoryIsRefused() throws IOException {
        Path file = file(HEADER, with(2, "-8192"));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessage("servers.csv, row 2, column '*Memory (In MB)': '-8192' is negative; a size or rate must be 0 or more");
    }

    @Test
    void zeroCoresOrMemoryAreRefused() throws IOException {
        Path cores = file(HEADER, with(1, "0"));
        assertThatThrownBy(() -> importer.importFile(cores))
                .hasMessage("servers.csv, row 2, column '*Cores': '0' cores: a server has at least 1");
        Path memory = file(HEADER, with(2, "0"));
        assertThatThrownBy(() -> importer.importFile(memory))
                .hasMessage("servers.csv, row 2, column '*Memory (In MB)': '0': memory must be more than 0");
    }

    @Test
    void absurdSizesAreRefusedInsteadOfOverflowing() throws IOException {
        Path file = file(HEADER, with(2, "1e300"));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessageStartingWith("servers.csv, row 2, column '*Memory (In MB)': '1e300' is too large: more than"
                        + " any real value (at most 64.00 TiB)");
    }

    @Test
    void numbersFromTheWildAreRangeCheckedWhereTheyAreRead() throws IOException {
        for (String wild : List.of("9223372036854775808", "1e308", "NaN", "Infinity", "\u221e", "1e9")) {
            Path cores = file(HEADER, with(1, wild));
            assertThatThrownBy(() -> importer.importFile(cores)).as(wild).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("servers.csv, row 2, column '*Cores': ");
            Path memory = file(HEADER, with(2, wild));
            assertThatThrownBy(() -> importer.importFile(memory)).as(wild).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("servers.csv, row 2, column '*Memory (In MB)': ");
        }
        List<String> header = new ArrayList<>(HEADER);
        header.add("Number of network adapters");
        List<String> row = new ArrayList<>(GOOD);
        row.add("1e9");
        Path nics = file(header, row);
        assertThatThrownBy(() -> importer.importFile(nics)).isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv, row 2, column 'Number of network adapters': '1e9' is more than any real"
                        + " server has (at most 64)");
    }

    @Test
    void fractionalCoresAreRefused() throws IOException {
        Path file = file(HEADER, with(1, "2.5"));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessage("servers.csv, row 2, column '*Cores': '2.5' is not a whole number");
    }

    @Test
    void aMissingMandatoryValueNamesRowAndColumn() throws IOException {
        Path file = file(HEADER, GOOD, List.of("db01", "2", "4096", " ", "", ""));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessage("servers.csv, row 3, column '*OS name': a value is required");
    }

    @Test
    void aDuplicateServerNamesBothRows() throws IOException {
        List<String> second = new ArrayList<>(GOOD);
        second.set(0, "db01");
        Path file = file(HEADER, GOOD, second, with(0, "WEB01"));
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv, row 4, column '*Server name': server 'WEB01' is on rows 2 and 4;"
                        + " a server may appear only once in a file");
    }

    @Test
    void rowNumbersArePhysicalLinesAfterMultiLineValues() throws IOException {
        Path file = file(HEADER, with(5, "line 1\nline 2\nline 3"), with(1, "many"));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessage("servers.csv, row 5, column '*Cores': 'many' is not a valid number: it is not a number");
    }

    @Test
    void percentagesOutsideZeroToHundredAreRefused() throws IOException {
        Path file = file(HEADER, with(4, "140"));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessage("servers.csv, row 2, column 'CPU utilization percentage': '140' is outside 0 to 100");
    }

    @Test
    void ambiguousNumbersInAFileWithBothDecimalMarksAreRefused() throws IOException {
        Path file = file(HEADER, with(4, "12.5"), List.of("db01", "2", "4,096", "Linux", "0,5", ""));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessageStartingWith("servers.csv, row 3, column '*Memory (In MB)': '4,096' is not a valid number:"
                        + " it could be read with either decimal mark");
    }

    @Test
    void twoSpellingsOfOneColumnAreRefused() throws IOException {
        Path file = file(List.of("*Server name", "*Cores", "Memory", "*OS name", "*Memory (In MB)"),
                List.of("web01", "4", "8192", "Linux", "8192"));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessage("servers.csv, row 1, column '*Memory (In MB)': this column gives the same figure as column"
                        + " 'Memory'; keep only one of them");
    }

    @Test
    void anUnknownUnitIsRefused() throws IOException {
        Path file = file(List.of("*Server name", "*Cores", "*Memory (In KB/h)", "*OS name"),
                List.of("web01", "4", "8192", "Linux"));
        assertThatThrownBy(() -> importer.importFile(file))
                .hasMessageStartingWith("servers.csv, row 1, column '*Memory (In KB/h)': the unit 'in kb/h' is not understood");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("servers.csv"), new byte[0]);
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv: the file is empty: no header line found");
    }

    @Test
    void binaryGarbageIsRefusedWithItsLine() throws IOException {
        byte[] head = "*Server name,*Cores,*Memory,*OS name\r\nweb01,4,8192,Linux\r\n".getBytes();
        byte[] garbage = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, (byte) 0xFF, (byte) 0xD8};
        byte[] bytes = new byte[head.length + garbage.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(garbage, 0, bytes, head.length, garbage.length);
        Path file = Files.write(dir.resolve("servers.csv"), bytes);
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("servers.csv, row 3: binary content (control character U+0003)");
    }

    @Test
    void anXlsxRenamedToCsvIsRefused() throws IOException {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00};
        Path file = Files.write(dir.resolve("servers.csv"), zip);
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("servers.csv, row 1: binary content");
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItOpens() throws IOException {
        Path file = TemplateFiles.writeText(dir, "servers.csv",
                "*Server name,*Cores,*Memory,*OS name\nweb01,4,8192,Linux\ndb01,2,4096,\"Windows\nServer 2019\n");
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("servers.csv, row 3: a quoted value starting on this line is never closed");
    }

    @Test
    void aMissingFileIsBadInput() {
        Path file = dir.resolve("nowhere.csv");
        assertThatThrownBy(() -> importer.importFile(file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("nowhere.csv: cannot read the file: the file does not exist");
        assertThatThrownBy(() -> importer.importFile(dir))
                .isInstanceOf(BadInputException.class)
                .hasMessageEndingWith(": cannot read the file: this is a folder, not a file");
    }
}
