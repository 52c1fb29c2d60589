package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the real command line (the same boundary {@code Main} uses) with its exit code and both streams, and
 * the checks every failure must pass: one line on stderr, no stack trace, never exit 4.
 */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CloudfitCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Exits with {@code expected} and says why on one {@code cloudfit: error:} line, without a stack trace. */
    CommandRun failsWith(int expected) {
        assertThat(code).as("exit code; stderr: %s", err).isEqualTo(expected);
        noStackTrace();
        String[] lines = err.strip().split("\n");
        assertThat(lines).as("stderr: %s", err).hasSize(1);
        assertThat(lines[0]).startsWith("cloudfit: error: ");
        return this;
    }

    /** Exits 2 as a usage error: the reason, then where help is. */
    CommandRun isUsageError() {
        assertThat(code).as("exit code; stderr: %s", err).isEqualTo(2);
        noStackTrace();
        assertThat(err.strip().split("\n")).as("stderr: %s", err).hasSizeLessThanOrEqualTo(2);
        assertThat(err).startsWith("cloudfit: ").contains("--help' for usage.");
        return this;
    }

    CommandRun noStackTrace() {
        assertThat(err).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception:")
                .doesNotContain("internal error");
        assertThat(code).as("never an internal error; stderr: %s", err).isNotEqualTo(4);
        return this;
    }
}
