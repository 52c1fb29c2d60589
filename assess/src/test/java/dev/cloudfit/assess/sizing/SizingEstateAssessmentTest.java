package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.fit.FitTarget;
import dev.cloudfit.assess.sizing.iaas.NeedSource;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SizingEstateAssessmentTest {

    @Test
    void everyVmGetsADecision_templatesAreSkipped_missingPerfFallsBack_assumptionsAreAttached() {
        Vm app = TestVms.vm("app", 4, 8).build();
        Vm noPerf = TestVms.vm("batch", 2, 4).build();
        Vm vcsa = TestVms.vm("vcsa", 4, 19).guestOs(new GuestOs("VMware Photon OS (64-bit)", null)).build();
        Vm template = TestVms.vm("tpl", 2, 4).template(true).build();
        Map<String, PerfSummary> store = Map.of(app.identity().key(), TestVms.cpuMem(app, 50, 50));

        EstateResult result = new EstateAssessment(AzureCatalog.bundled(), TestPrices.westEurope().avs("AV36", "8.00"),
                AssessmentSettings.defaults(), FitRules.builtIn())
                .assess(List.of(app, noPerf, vcsa, template), vm -> Optional.ofNullable(store.get(vm.identity().key())));

        assertThat(result.decisions()).extracting(FitDecision::vmKey)
                .containsExactly(app.identity().key(), noPerf.identity().key(), vcsa.identity().key());
        assertThat(result.decisions()).extracting(FitDecision::target).containsExactly(FitTarget.IAAS, FitTarget.IAAS, FitTarget.AVS);
        assertThat(result.decisions().get(1).iaas().needs().orElseThrow().coresSource()).isEqualTo(NeedSource.CONFIGURED_FALLBACK);
        assertThat(result.decisions().get(1).iaas().confidence()).isEmpty();
        assertThat(result.comparison().allIaas().unplaced()).containsExactly(vcsa.identity().key());
        assertThat(result.comparison().cheapestMix().unplaced()).isEmpty();
        assertThat(result.assumptions()).isEqualTo(AssessmentSettings.defaults().describe());
    }
}
