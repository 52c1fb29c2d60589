package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudfit collect --continuous} as a real process against the simulator: it polls until
 * SIGTERM ({@link Process#destroy()}), then flushes, records the run and exits; the next run resumes
 * after the last stored 10-minute peak.
 */
@WithVcsim(datacenters = 1, clustersPerDatacenter = 1, hostsPerCluster = 2, standaloneHostsPerDatacenter = 1,
        vmsPerHostOrCluster = 5)
class CollectContinuousProcessTest {

    private static final String PEAKS = "source = 'vcenter-realtime-10min-peak'";
    private static final Pattern POLL = Pattern.compile("continuous: poll 1 flushed, ([0-9,]+) 10-minute peaks stored");

    @TempDir
    Path dir;

    private record Stopped(int exit, String err, long firstPollPeaks) {
    }

    /** Starts collect --continuous, waits for its first flushed poll, sends SIGTERM and waits for the exit. */
    private Stopped collectUntilFirstPoll(Vcsim vcsim, Path ws) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "collect",
                "--vcenter", "127.0.0.1:" + vcsim.sdkUrl().getPort(), "--user", vcsim.username(),
                "--password-env", "CLOUDFIT_TEST_VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint(),
                "--days", "1", "--workspace", ws.toString(), "--continuous", "--continuous-poll-seconds", "1"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CLOUDFIT_TEST_VC_PASSWORD", vcsim.password());
        Path err = dir.resolve("err-" + System.nanoTime());
        Process process = builder.redirectOutput(dir.resolve("out-" + System.nanoTime()).toFile())
                .redirectError(err.toFile()).start();
        process.getOutputStream().close();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            Matcher first = null;
            while (System.nanoTime() < deadline && process.isAlive()) {
                Matcher m = POLL.matcher(Files.readString(err, StandardCharsets.UTF_8));
                if (m.find()) {
                    first = m;
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(first).as("a first flushed poll: " + Files.readString(err, StandardCharsets.UTF_8)).isNotNull();
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            return new Stopped(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8),
                    Long.parseLong(first.group(1).replace(",", "")));
        } finally {
            process.destroyForcibly();
        }
    }

    private static long count(Path ws, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + ws.resolve("workspace.duckdb"));
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void sigtermFlushesRecordsTheRunAndTheNextRunResumes(Vcsim vcsim) throws Exception {
        Path ws = dir.resolve("ws");
        Stopped first = collectUntilFirstPoll(vcsim, ws);
        assertThat(first.exit()).as(first.err()).isEqualTo(128 + 15); // the JVM's status after SIGTERM
        assertThat(first.err()).contains("cloudfit collect: stopping: flushing what was read")
                .contains("run 1 complete").doesNotContain("Exception").doesNotContain(vcsim.password());
        assertThat(first.firstPollPeaks()).isPositive();
        long series = count(ws, "SELECT count(*) FROM perf_series WHERE " + PEAKS);
        long peaks = count(ws, "SELECT count(*) FROM perf_sample JOIN perf_series USING (series_id) WHERE " + PEAKS);
        assertThat(series).isPositive();
        assertThat(peaks).as("every peak a poll reported is stored").isGreaterThanOrEqualTo(first.firstPollPeaks());
        assertThat(count(ws, "SELECT count(*) FROM perf_series WHERE " + PEAKS + " AND interval_s <> 600")).isZero();
        assertThat(count(ws, "SELECT count(*) FROM perf_sample JOIN perf_series USING (series_id) WHERE " + PEAKS
                + " AND epoch(ts)::BIGINT % 600 <> 0")).as("10-minute buckets").isZero();
        assertThat(count(ws, "SELECT count(*) FROM run WHERE status = 'complete'")).isEqualTo(1);
        long history = count(ws, "SELECT count(*) FROM perf_sample JOIN perf_series USING (series_id) WHERE NOT " + PEAKS);
        assertThat(history).as("the historical intervals came first").isPositive();

        Stopped second = collectUntilFirstPoll(vcsim, ws);
        assertThat(second.exit()).as(second.err()).isEqualTo(128 + 15);
        assertThat(second.err()).contains("run 2 complete");
        assertThat(second.firstPollPeaks()).as("resumed after the last stored peak: at most the bucket completed since")
                .isLessThanOrEqualTo(series);
        assertThat(count(ws, "SELECT count(*) FROM run WHERE status = 'complete'")).isEqualTo(2);
        assertThat(count(ws, "SELECT count(*) FROM perf_sample JOIN perf_series USING (series_id) WHERE " + PEAKS))
                .isGreaterThanOrEqualTo(peaks);
    }
}
