package dev.cloudfit.assess.workspace;

import dev.cloudfit.assess.workspace.perf.PerfCounters;
import dev.cloudfit.assess.workspace.perf.PerfSeries;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SeriesKey;
import dev.cloudfit.assess.workspace.perf.SeriesSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second process for the lock and crash tests: {@code hold DIR} opens the workspace, prints
 * {@code open} and keeps it open until stdin closes; {@code ingest DIR} opens it, starts a run and
 * appends samples in batches of 1,000 for ever, printing {@code merged N} after each batch (the
 * parent kills it).
 */
public final class WorkspaceChildProcess {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        try (Workspace ws = Workspace.open(dir)) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return;
            }
            long run = ws.runs().start(RunSource.generated("crash-test", "endless"));
            Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
            SampleAppender out = ws.appender(run, 1_000);
            int series = out.declare(new PerfSeries(SeriesKey.aggregate("vc/vm-1", PerfCounters.CPU_USAGE,
                    Duration.ofMinutes(5)), PerfCounters.UNIT_PERCENT, SeriesSource.GENERATED, "endless"),
                    new TimeRange(t0, t0.plus(Duration.ofDays(3650))));
            for (long k = 0; ; k++) {
                out.append(series, t0.plus(Duration.ofMinutes(5).multipliedBy(k)), k % 100);
                if ((k + 1) % 1_000 == 0) {
                    System.out.println("merged " + (k + 1));
                    System.out.flush();
                }
            }
        }
    }

    /** Starts this class in a new JVM with the test class path. */
    static Process start(String mode, Path dir) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(WorkspaceChildProcess.class.getName());
        cmd.add(mode);
        cmd.add(dir.toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line starts with {@code prefix}; fails after 60 s or at EOF. */
    static String awaitLine(Process p, String prefix) throws IOException, InterruptedException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = r.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("child never printed '" + prefix + "'; output:\n" + seen);
    }
}
