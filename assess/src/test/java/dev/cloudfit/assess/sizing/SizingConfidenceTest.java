package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.perf.Stars;
import dev.cloudfit.assess.sizing.settings.Percentile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SizingConfidenceTest {

    @ParameterizedTest
    @CsvSource({"0,1", "0.2,1", "0.21,2", "0.4,2", "0.41,3", "0.6,3", "0.61,4", "0.8,4", "0.81,5", "1.0,5", "1.5,5"})
    void twentyPercentBands(double share, int stars) {
        assertThat(Stars.forCoverage(share).value()).isEqualTo(stars);
    }

    private static CounterSummary c(CounterKind k, long expected, long received) {
        return new CounterSummary(k, 10, Percentile.P95, Duration.ofDays(30), Duration.ofHours(2), expected, received);
    }

    @Test
    void perCounterAndPerVm() {
        PerfSummary s = new PerfSummary("vm", Optional.of(c(CounterKind.CPU_PERCENT, 360, 360)),
                Optional.of(c(CounterKind.MEMORY_PERCENT, 360, 36)), List.of(), List.of());
        assertThat(s.cpu().orElseThrow().confidence().value()).isEqualTo(5);
        assertThat(s.memory().orElseThrow().confidence().value()).isEqualTo(1);
        // (360 + 36) / 720 = 55 % → 3 stars
        assertThat(s.confidence().orElseThrow().value()).isEqualTo(3);
    }

    @Test
    void noDataMeansNoRating() {
        assertThat(PerfSummary.none("vm").confidence()).isEmpty();
    }
}
