package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.sizing.perf.CounterAccumulator;
import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.StreamingPercentile;
import dev.cloudfit.assess.sizing.settings.Percentile;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizingPercentileTest {

    @Test
    void nearestRank_onOneToHundred() {
        StreamingPercentile p = new StreamingPercentile();
        for (int i = 100; i >= 1; i--) {
            p.add(i);
        }
        assertThat(p.percentile(Percentile.of(95)).getAsDouble()).isEqualTo(95);
        assertThat(p.percentile(Percentile.of(50)).getAsDouble()).isEqualTo(50);
        assertThat(p.percentile(Percentile.of(100)).getAsDouble()).isEqualTo(100);
        assertThat(p.percentile(Percentile.of(1)).getAsDouble()).isEqualTo(1);
    }

    @Test
    void nearestRank_roundsTheRankUp() {
        // 10 points, P95 → rank ceil(9.5) = 10: the maximum
        StreamingPercentile p = new StreamingPercentile();
        for (int i = 1; i <= 10; i++) {
            p.add(i * 10);
        }
        assertThat(p.percentile(Percentile.P95).getAsDouble()).isEqualTo(100);
        assertThat(p.percentile(Percentile.of(90)).getAsDouble()).isEqualTo(90);
    }

    @Test
    void missingPointsAreIgnored_andNoPointMeansNoAnswer() {
        StreamingPercentile p = new StreamingPercentile();
        assertThat(p.percentile(Percentile.P95)).isEmpty();
        p.add(Double.NaN);
        assertThat(p.count()).isZero();
        p.add(7);
        assertThat(p.percentile(Percentile.P95).getAsDouble()).isEqualTo(7);
        assertThatThrownBy(() -> p.add(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void beyondExactCapacity_answerIsWithinOnePercentAboveTheExactValue_neverBelow() {
        Random random = new Random(42);
        int n = 200_000;
        double[] all = new double[n];
        StreamingPercentile p = new StreamingPercentile();
        for (int i = 0; i < n; i++) {
            double v = Math.abs(random.nextGaussian()) * 40 + (i % 17 == 0 ? 0 : 1);
            all[i] = v;
            p.add(v);
        }
        assertThat(p.isExact()).isFalse();
        Arrays.sort(all);
        for (int q : new int[] {50, 90, 95, 99}) {
            double exact = all[(int) Math.ceil(q / 100.0 * n) - 1];
            double approx = p.percentile(Percentile.of(q)).getAsDouble();
            assertThat(approx).isGreaterThanOrEqualTo(exact).isLessThanOrEqualTo(exact * 1.0201);
        }
    }

    @Property(tries = 200)
    void exactForSmallInputs(@ForAll @Size(min = 1, max = 500) List<@DoubleRange(min = 0, max = 1e6) Double> samples,
                             @ForAll @IntRange(min = 1, max = 100) int q) {
        StreamingPercentile p = new StreamingPercentile();
        samples.forEach(p::add);
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(q / 100.0 * sorted.length);
        assertThat(p.percentile(Percentile.of(q)).getAsDouble()).isEqualTo(sorted[Math.max(1, rank) - 1]);
    }

    @Test
    void accumulatorReportsWindowIntervalAndPointCounts() {
        CounterAccumulator acc = new CounterAccumulator(CounterKind.CPU_PERCENT, Duration.ofDays(30), Duration.ofHours(2));
        for (int i = 0; i < 180; i++) {
            acc.add(i % 100);
        }
        CounterSummary s = acc.summarize(Percentile.P95).orElseThrow();
        assertThat(s.expected()).isEqualTo(360);
        assertThat(s.received()).isEqualTo(180);
        assertThat(s.coverage()).isEqualTo(0.5);
        assertThat(s.confidence().value()).isEqualTo(3);
        // 0..79 twice and 80..99 once: rank ceil(0.95 × 180) = 171 is the 11th of 80..99 → 90
        assertThat(s.describe()).isEqualTo("P95 CPU_PERCENT 90.0 %, 30 days at 2 h points");
    }
}
