package dev.cloudfit.testkit.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./test} waits, bounded, while another apt-get or dpkg holds its lock ({@code build-support/wait-for-apt-locks.sh},
 * run by {@code install-test-deps.sh}). Here a lock file of our own, held with {@code flock} (no root needed), stands
 * in for dpkg's: the script waits while it is held, goes on when it is released, and gives up with one clear line
 * after {@code CLOUDFIT_APT_LOCK_WAIT} seconds.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AptLockWaitTest {

    private static final Path SCRIPT = Path.of("..", "build-support", "wait-for-apt-locks.sh").toAbsolutePath()
            .normalize();

    @TempDir
    Path dir;

    private Process holder;

    @BeforeAll
    static void tools() {
        assumeTrue(Files.isRegularFile(SCRIPT), "needs the project's build-support/ (" + SCRIPT + ")");
        assumeTrue(onPath("flock") && onPath("fuser"), "needs flock (util-linux) and fuser (psmisc)");
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @AfterEach
    void release() {
        if (holder != null) {
            holder.descendants().forEach(ProcessHandle::destroy);
            holder.destroy();
        }
    }

    /** Holds {@code lock} for {@code seconds} (flock keeps it; its child does not inherit it); returns once held. */
    private void hold(Path lock, int seconds) throws IOException {
        holder = new ProcessBuilder("flock", "-o", lock.toString(), "sh", "-c", "echo held; exec sleep " + seconds)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(first).isEqualTo("held");
    }

    private record Run(int exit, List<String> stderr, long millis) {
    }

    private Run waitScript(Path lock, int limit) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString());
        Map<String, String> env = pb.environment();
        env.put("CLOUDFIT_APT_LOCK_FILES", lock.toString());
        env.put("CLOUDFIT_APT_LOCK_WAIT", Integer.toString(limit));
        env.put("CLOUDFIT_APT_LOCK_POLL", "1");
        Path err = dir.resolve("stderr.txt");
        pb.redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        assertThat(p.waitFor(45, TimeUnit.SECONDS)).as("the wait is bounded").isTrue();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Run(p.exitValue(), Files.readAllLines(err, StandardCharsets.UTF_8), millis);
    }

    @Test
    void aFreeLockIsNoWaitAndNoOutput() throws Exception {
        Path lock = Files.createFile(dir.resolve("lock-frontend"));
        Run r = waitScript(lock, 30);
        assertThat(r.exit()).isZero();
        assertThat(r.stderr()).isEmpty();
        assertThat(r.millis()).isLessThan(5_000);
    }

    @Test
    void aHeldLockIsWaitedForUntilItIsReleased() throws Exception {
        Path lock = Files.createFile(dir.resolve("lock-frontend"));
        hold(lock, 3);
        Run r = waitScript(lock, 30);
        assertThat(r.exit()).isZero();
        // it waited for the holder (about 3 s), and no longer than the limit
        assertThat(r.millis()).isBetween(1_500L, 25_000L);
        assertThat(r.stderr()).hasSize(2);
        assertThat(r.stderr().get(0)).isEqualTo(
                "[install-test-deps] waiting (up to 30 s) for another apt-get or dpkg to release its lock");
        assertThat(r.stderr().get(1)).startsWith("[install-test-deps] the apt/dpkg lock was released after about ");
    }

    @Test
    void aLockHeldPastTheLimitIsABoundedGiveUpWithOneClearLine() throws Exception {
        Path lock = Files.createFile(dir.resolve("lock-frontend"));
        hold(lock, 50);
        Run r = waitScript(lock, 2);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.millis()).isBetween(1_500L, 20_000L);
        assertThat(r.stderr()).hasSize(2);
        assertThat(r.stderr().get(1)).isEqualTo("[install-test-deps] another apt-get or dpkg still holds its lock ("
                + lock + ") after 2 s; try again when it has finished, or set CLOUDFIT_APT_LOCK_WAIT");
        assertThat(holder.isAlive()).as("the holder was left alone").isTrue();
    }

    @Test
    void aLimitThatIsNotWholeSecondsIsRefused() throws Exception {
        Path lock = Files.createFile(dir.resolve("lock-frontend"));
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT.toString());
        pb.environment().put("CLOUDFIT_APT_LOCK_FILES", lock.toString());
        pb.environment().put("CLOUDFIT_APT_LOCK_WAIT", "ten");
        Path err = dir.resolve("stderr.txt");
        Process p = pb.redirectError(err.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readAllLines(err)).containsExactly(
                "[install-test-deps] CLOUDFIT_APT_LOCK_WAIT and CLOUDFIT_APT_LOCK_POLL are whole seconds");
    }
}
