package dev.cloudfit.assess.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress bar redraws in place and not too often; the log prints a line per interval. */
class ProgressTest {

    private final AtomicLong now = new AtomicLong();
    private final StringWriter text = new StringWriter();

    @Test
    void theBarRedrawsInPlaceAtMostEvery200Ms() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), now::get);
        bar.started(100);
        for (int i = 1; i <= 100; i++) {
            now.addAndGet(10_000_000L); // 10 ms per VM
            bar.vmCollected(i);
        }
        bar.perfStarted(100);
        now.addAndGet(2_000_000_000L);
        bar.perfVmDone(100, 10_000);
        bar.finished();
        String out = text.toString();
        assertThat(out).contains("\rinventory   [..............................] 0/100 VMs")
                .contains("\rinventory   [##############################] 100/100 VMs\n")
                .contains("\rperformance [##############################] 100/100 VMs, 5,000 samples/s\n");
        long inventoryDraws = out.chars().filter(c -> c == '\r').count() - 2;
        assertThat(inventoryDraws).as("1 s of VMs at most every 200 ms, plus the first and the last").isBetween(5L, 8L);
    }

    @Test
    void theLogPrintsAtStartEveryIntervalAndAtTheEnd() {
        ProgressLog log = new ProgressLog(new PrintWriter(text, true), Duration.ofSeconds(10), now::get);
        log.started(1000);
        for (int i = 1; i <= 1000; i++) {
            now.addAndGet(100_000_000L); // 100 ms per VM: 100 s in all
            log.vmCollected(i);
        }
        assertThat(text.toString().lines()).first().isEqualTo("cloudfit collect: inventory: reading 1000 VMs");
        assertThat(text.toString().lines()).last().isEqualTo("cloudfit collect: inventory: 1000 of 1000 VMs read");
        assertThat(text.toString().lines().count()).isBetween(10L, 12L);
        assertThat(text.toString()).doesNotContain("\r");
    }

    @Test
    void bothSayWhileTheSummariesAreComputedAndWhenTheyAreReady() {
        ProgressBar bar = new ProgressBar(new PrintWriter(text, true), now::get);
        bar.perfStarted(2);
        bar.perfVmDone(2, 100);
        bar.summariesStarted();
        bar.summariesDone(1_542_190, "1 month", Duration.ofMillis(23_040));
        assertThat(text.toString()).contains("2/2 VMs, ").contains("\nsummaries: computing the performance summaries for assess\n"
                + "summaries: 1,542,190 series over 1 month ready for assess (23.0 s)\n");

        StringWriter logged = new StringWriter();
        ProgressLog log = new ProgressLog(new PrintWriter(logged, true), Duration.ofSeconds(10), now::get);
        log.summariesStarted();
        log.summariesDone(12, "1 month", Duration.ofMillis(40));
        assertThat(logged.toString().lines()).containsExactly(
                "cloudfit collect: summaries: computing the performance summaries for assess",
                "cloudfit collect: summaries: 12 series over 1 month ready for assess (0.0 s)");
    }
}
