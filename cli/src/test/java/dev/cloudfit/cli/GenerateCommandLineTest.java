package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudfit generate} through the real command line: exit codes and one-line messages. */
class GenerateCommandLineTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CloudfitCommandLine.run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingParentFolderIsExit2WithOneLine() {
        String target = dir.resolve("missing").resolve("e.xlsx").toString();
        assertThat(run("generate", "--vms", "10", "--out", target)).isEqualTo(2);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message.lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("cloudfit: error: ").contains("does not exist"));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void generatesThroughTheCommandLine() {
        assertThat(run("generate", "--vms", "15", "--seed", "9", "--out", dir.resolve("e.xlsx").toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("generated 15 VMs");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void daysOfHistoryGoIntoAWorkspaceThatAssessReads() {
        String ws = dir.resolve("ws").toString();
        assertThat(run("generate", "--vms", "25", "--seed", "5", "--days", "3", "--workspace", ws,
                "--out", dir.resolve("e.xlsx").toString())).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("stored the estate with 3 days of 2-hour history")
                .doesNotContain("(0 samples");
        out.reset();
        assertThat(run("assess", "--workspace", ws, "--out", dir.resolve("report.xlsx").toString())).isZero();
        assertThat(dir.resolve("report.xlsx")).isRegularFile();
    }

    @Test
    void daysWithoutAWorkspaceIsAUsageError() {
        assertThat(run("generate", "--vms", "5", "--days", "3", "--out", dir.resolve("e.xlsx").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--days and --workspace go together");
        assertThat(dir.resolve("e.xlsx")).doesNotExist();
    }
}
