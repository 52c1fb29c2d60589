package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} and {@code demo} stopped by SIGTERM (what Ctrl-C does too) while they write: the
 * process ends, and neither a temporary file nor a half-made workspace or demo folder is left.
 */
class InterruptedRunProcessTest {

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    @Test
    void generateStoppedWhileWritingTheWorkbookLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("big.xlsx");
        stopWhen(p -> names().stream().anyMatch(n -> n.startsWith(".big.xlsx.") && n.endsWith(".tmp")),
                "generate", "--vms", "200000", "--out", target.toString());
        assertThat(names()).isEmpty();
    }

    @Test
    void generateStoppedWhileWritingHistoryLeavesNoWorkspace() throws Exception {
        Path ws = dir.resolve("ws");
        stopWhen(p -> Files.isDirectory(ws), "generate", "--vms", "2000", "--days", "365",
                "--out", dir.resolve("e.xlsx").toString(), "--workspace", ws.toString());
        assertThat(names()).containsExactly("e.xlsx");
    }

    @Test
    void demoStoppedMidwayLeavesNoHalfMadeFolder() throws Exception {
        Path demo = dir.resolve("demo");
        stopWhen(p -> Files.isDirectory(demo), "demo", "--vms", "3000", "--out", demo.toString());
        assertThat(names()).isEmpty();
    }

    /** Starts cloudfit, sends SIGTERM once {@code ready} holds, and waits for the process to end. */
    private void stopWhen(Predicate<Path> ready, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path err = logs.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(logs.resolve("out.txt").toFile())
                .redirectError(err.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!ready.test(dir)) {
                assertThat(process.isAlive()).as("ended before it could be stopped: " + Files.readString(err)).isTrue();
                assertThat(System.nanoTime()).as("never got to the point to stop at").isLessThan(deadline);
                Thread.sleep(20); // polls the folder; the stop itself is what is tested
            }
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as(Files.readString(err)).isEqualTo(128 + 15);
    }

    private List<String> names() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
