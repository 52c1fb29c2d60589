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
}
