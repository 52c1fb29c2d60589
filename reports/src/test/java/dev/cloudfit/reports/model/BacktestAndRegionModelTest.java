package dev.cloudfit.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.units.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The words the backtest and the region comparison put on the VMs sheet, the Regions sheet and the Summary. */
class BacktestAndRegionModelTest {

    private static final VmIdentity A = new VmIdentity("a", "vc", "vm-1", "uuid-a");
    private static final VmIdentity B = new VmIdentity("b", "vc", "vm-2", "uuid-b");
    private static final VmIdentity C = new VmIdentity("c", "vc", "vm-3", "uuid-c");

    @Test
    void aVmLineGivesCountsShareAndTheWorstCounter() {
        BacktestVm busy = new BacktestVm(A, Optional.of("Standard_D2as_v5"), 84, 12, Optional.of("CPU"), 9,
                Optional.empty());
        // 12 / 84 = 14.29 %
        assertThat(busy.describe()).isEqualTo("12 of 84 (14.3 %), worst: CPU (9)");
        BacktestVm rare = new BacktestVm(B, Optional.of("Standard_E2as_v5"), 41_160, 11, Optional.of("memory"), 11,
                Optional.empty());
        // 11 / 41,160 = 0.027 %: not shown as "0.0 %"
        assertThat(rare.describe()).isEqualTo("11 of 41160 (< 0.1 %), worst: memory (11)");
        assertThat(BacktestVm.notTested(C, "no samples in the held-out 7 days").describe())
                .isEqualTo("not tested: no samples in the held-out 7 days");
        assertThatThrownBy(() -> new BacktestVm(A, Optional.empty(), 10, 11, Optional.empty(), 0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSummaryLineCountsTestedVmsOnlyAndSaysTheAssessmentUsesTheFullHistory() {
        Backtest b = new Backtest("7 days (2026-10-25 to 2026-11-01)", "up to 30 days of history before it", "P95",
                1.3, List.of(
                        new BacktestVm(A, Optional.of("Standard_D2as_v5"), 84, 42, Optional.of("CPU"), 42,
                                Optional.empty()),
                        new BacktestVm(B, Optional.of("Standard_D2as_v5"), 84, 0, Optional.empty(), 0,
                                Optional.empty()),
                        BacktestVm.notTested(C, "too little history")));
        // 42 of 168 = 25.0 %
        assertThat(b.summary()).isEqualTo("Backtest (P95 at comfort factor 1.3, sized on up to 30 days of history"
                + " before it, held out 7 days (2026-10-25 to 2026-11-01)): 1 of 2 tested VMs exceeded their size at"
                + " least once; 42 of 168 held-out samples (25.0 %) over capacity; 1 VMs not tested. Evidence only:"
                + " the assessment sizes on the full history");
    }

    @Test
    void aRegionTotalSaysWhichVmsItCovers() {
        Money m = Money.of("89.79", "USD");
        assertThat(new RegionTotal("northeurope", "PAYG", m, 2, 2).coverage()).isEqualTo("complete (2 VMs)");
        assertThat(new RegionTotal("northeurope", "PAYG", m, 1, 2).coverage()).isEqualTo("1 of 2 VMs priced");
        assertThat(new RegionTotal("northeurope", "PAYG", m, 1, 2).priceCoverage()).isEqualTo(PriceCoverage.PARTIAL);
        assertThatThrownBy(() -> new RegionCost("northeurope", "PAYG", Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
