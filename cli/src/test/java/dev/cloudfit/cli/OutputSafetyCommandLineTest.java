package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never lose data: an output that is an input, a folder, or has the wrong extension is refused
 * before any work, with one line saying what to give instead, and nothing is written.
 */
class OutputSafetyCommandLineTest {

    @TempDir
    Path dir;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;
    private Path estate;

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return CloudfitCommandLine.run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String oneErrorLine() {
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("cloudfit: error: ");
        return lines.get(0);
    }

    @BeforeEach
    void anEstate() {
        estate = dir.resolve("X.xlsx");
        assertThat(run("generate", "--vms", "12", "--seed", "4", "--out", estate.toString())).isZero();
    }

    @Test
    void anOutputThatIsTheInputIsRefusedAndTheInputStaysIntact() throws Exception {
        String before = sha256(estate);
        assertThat(run("assess", "--inventory", estate.toString(), "--out", estate.toString())).isEqualTo(2);
        assertThat(oneErrorLine()).contains("X.xlsx: --out names an input of this run")
                .contains("such as X-assessment.xlsx");
        assertThat(sha256(estate)).isEqualTo(before);

        // the same file by another name: a relative detour and a symbolic link
        Path detour = dir.resolve("sub").resolve("..").resolve("X.xlsx");
        Files.createDirectories(dir.resolve("sub"));
        assertThat(run("assess", "--inventory", estate.toString(), "--out", detour.toString())).isEqualTo(2);
        Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), estate);
        assertThat(run("assess", "--inventory", estate.toString(), "--out", link.toString())).isEqualTo(2);
        assertThat(oneErrorLine()).contains("link.xlsx: --out names an input");
        assertThat(sha256(estate)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names()).containsExactlyInAnyOrder("X.xlsx", "sub", "link.xlsx");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFolderOrAWrongExtensionIsRefusedAndNothingIsWritten() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));
        assertThat(run("assess", "--inventory", estate.toString(), "--out", folder.toString())).isEqualTo(2);
        assertThat(oneErrorLine()).contains("reports: --out is a folder; give a file name ending .xlsx")
                .contains("assessment.xlsx");
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s).isEmpty();
        }

        assertThat(run("assess", "--inventory", estate.toString(), "--out", dir.resolve("report.csv").toString()))
                .isEqualTo(2);
        assertThat(oneErrorLine()).contains("report.csv: this command writes an .xlsx file")
                .contains("such as report.xlsx");
        assertThat(dir.resolve("report.csv")).doesNotExist();

        assertThat(run("generate", "--vms", "3", "--out", dir.resolve("estate.json").toString())).isEqualTo(2);
        assertThat(oneErrorLine()).contains("estate.json: generate writes an .xlsx workbook");
        assertThat(names()).containsExactlyInAnyOrder("X.xlsx", "reports");
    }

    @Test
    void aRightOutputStillWorksAndLeavesNoTemporaryFile() {
        assertThat(run("assess", "--inventory", estate.toString(), "--out", dir.resolve("R.XLSX").toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(names()).containsExactlyInAnyOrder("X.xlsx", "R.XLSX");
    }

    private List<String> names() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }
}
