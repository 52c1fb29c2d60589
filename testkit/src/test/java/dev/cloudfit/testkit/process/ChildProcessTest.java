package dev.cloudfit.testkit.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChildProcessTest {

    private static ChildProcess sh(String script) {
        return ChildProcess.start("probe", new ProcessBuilder("sh", "-c", script));
    }

    @Test
    void returnsTheReadyLineAndStopsAProcessThatIgnoresStdin() {
        ChildProcess process = sh("echo starting; echo 'READY port=4711'; exec sleep 300");
        try (process) {
            Matcher ready = process.awaitLine(Pattern.compile("READY port=(\\d+)"), Duration.ofSeconds(10));
            assertThat(ready.group(1)).isEqualTo("4711");
            assertThat(process.isAlive()).isTrue();
        }
        assertThat(process.isAlive()).isFalse();
    }

    @Test
    void stopsDescendantsThatOutliveTheirParent() {
        // the shell ends at end of stdin, as our servers do; its background child would not
        ChildProcess process = sh("sleep 300 & echo READY; cat > /dev/null");
        List<ProcessHandle> children;
        try (process) {
            process.awaitLine(Pattern.compile("READY"), Duration.ofSeconds(10));
            children = ProcessHandle.of(process.pid()).orElseThrow().descendants().toList();
            assertThat(children).isNotEmpty();
        }
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void reportsAnEarlyExitWithTheProcesssOutput() {
        ChildProcess process = sh("echo 'cannot bind'; echo 'giving up' >&2; exit 3");
        assertThatThrownBy(() -> process.awaitLine(Pattern.compile("READY"), Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("probe exited before it was ready (exit code 3)")
                .hasMessageContaining("cannot bind\ngiving up");
    }

    @Test
    void givesUpAfterTheTimeoutAndStopsTheProcess() {
        ChildProcess process = sh("echo 'still loading'; cat > /dev/null");
        assertThatThrownBy(() -> process.awaitLine(Pattern.compile("READY"), Duration.ofMillis(500)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not print a line matching /READY/")
                .hasMessageContaining("still loading");
        assertThat(process.isAlive()).isFalse();
    }
}
