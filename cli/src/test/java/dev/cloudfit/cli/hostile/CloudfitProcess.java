package dev.cloudfit.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code cloudfit} as its own process (the real entry point, its real stderr, where library
 * log lines would show) under a time limit, and checks what every run must hold whatever its input:
 * it ends in time, never with exit 4, and prints neither a Java stack trace nor a library's log line.
 */
final class CloudfitProcess {

    /** No single hostile input may take longer than this (a hang is a failure, not a slow test). */
    static final long LIMIT_SECONDS = 60;

    record Result(int exit, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }

        /** The one error line of a refused input (exit 2), naming {@code file}. */
        String oneErrorNaming(String file) {
            assertThat(exit).as(err).isEqualTo(2);
            assertThat(errLines()).as("stderr").hasSize(1);
            assertThat(errLines().get(0)).startsWith("cloudfit: error: ").contains(file);
            assertThat(out).as("stdout of a refused run").isEmpty();
            return errLines().get(0);
        }
    }

    private CloudfitProcess() {
    }

    static Result run(Path logs, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(logs, "out", ".txt");
        Path err = Files.createTempFile(logs, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        boolean ended;
        try {
            ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(ended).as("cloudfit " + String.join(" ", args) + " still running after " + LIMIT_SECONDS
                + " s (a hang); stderr so far: " + stderr).isTrue();
        Result r = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), stderr);
        assertThat(r.exit()).as("exit code of " + String.join(" ", args) + "; stderr: " + stderr).isNotEqualTo(4);
        for (String line : r.errLines()) {
            assertThat(line).as("stderr line").doesNotContain("Exception").doesNotContain("FATAL")
                    .doesNotContain("StatusLogger").doesNotMatch("\\s+at [\\w.$]+\\(.*");
        }
        return r;
    }
}
