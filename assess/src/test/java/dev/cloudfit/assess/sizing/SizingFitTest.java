package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.avs.AvsDemandCalculator;
import dev.cloudfit.assess.sizing.avs.AvsSizer;
import dev.cloudfit.assess.sizing.fit.EstateComparison;
import dev.cloudfit.assess.sizing.fit.EstatePlanner;
import dev.cloudfit.assess.sizing.fit.FitDecider;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.fit.FitTarget;
import dev.cloudfit.assess.sizing.iaas.IaasSizer;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.AvsSettings;
import dev.cloudfit.core.error.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizingFitTest {

    private static final AzureCatalog CATALOG = AzureCatalog.bundled();
    private static final AssessmentSettings SETTINGS = AssessmentSettings.defaults().toBuilder()
            .avs(AvsSettings.defaults().withoutManagementOverhead()).build();

    private static FitDecision decide(FitRules rules, TestPrices prices, Vm vm, PerfSummary perf) {
        return new FitDecider(rules, new AvsDemandCalculator(SETTINGS))
                .decide(vm, perf, new IaasSizer(CATALOG, prices, SETTINGS).size(vm, perf));
    }

    private static FitDecision decide(Vm vm) {
        return decide(FitRules.builtIn(), TestPrices.westEurope(), vm, TestVms.cpuMem(vm, 30, 30));
    }

    @Test
    void photonOsApplianceGoesToAvs_byTheBuiltInRule() {
        Vm vcsa = TestVms.vm("vcsa01", 4, 19).guestOs(new GuestOs("VMware Photon OS (64-bit)", null)).build();
        FitDecision d = decide(vcsa);
        assertThat(d.target()).isEqualTo(FitTarget.AVS);
        assertThat(d.forced()).isTrue();
        assertThat(d.ruleId()).contains("builtin.photon-os");
    }

    @Test
    void tagCustomAttributeAndAnnotationRules() {
        assertThat(decide(TestVms.vm("a", 2, 8).tag(new Tag("cloudfit-fit", "AVS")).build()).ruleId()).contains("builtin.tag-avs");
        assertThat(decide(TestVms.vm("b", 2, 8).customAttribute("cloudfit-fit", "avs").build()).ruleId()).contains("builtin.attribute-avs");
        assertThat(decide(TestVms.vm("c", 2, 8).annotation("NSX-T Manager node 1").build()).ruleId()).contains("builtin.nsx-appliance");
        assertThat(decide(TestVms.vm("d", 2, 8).annotation("web server").build()).target()).isEqualTo(FitTarget.IAAS);
    }

    @Test
    void notReadyForIaasGoesToAvs_unknownSizeIsNotReady() {
        Vm.Builder manyNics = TestVms.vm("router", 2, 8);
        for (int i = 2; i <= 40; i++) {
            manyNics.nic(TestVms.nic("Network adapter " + i));
        }
        FitDecision d = decide(manyNics.build());
        assertThat(d.target()).isEqualTo(FitTarget.AVS);
        assertThat(d.forced()).isFalse();
        assertThat(d.reason()).contains("OneOrMoreAdaptersNotSuitable");

        assertThat(decide(TestVms.vm("ghost", 0, 0).build()).target()).isEqualTo(FitTarget.NOT_READY);
    }

    @Test
    void userRulesFile_runsBeforeBuiltIns(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fit-rules.json");
        Files.writeString(file, """
                {"rules": [
                  {"id": "sap-locked", "field": "CUSTOM_ATTRIBUTE", "key": "App", "match": "regex", "value": "^SAP-(ECC|BW)$",
                   "target": "AVS", "reason": "Vendor supports this release only on vSphere"},
                  {"id": "photon-ok", "field": "VM_NAME", "match": "equals", "value": "build-photon", "target": "IAAS",
                   "reason": "Our own Photon build box, fine on Azure"}
                ]}""");
        FitRules rules = FitRules.load(file).then(FitRules.builtIn());
        Vm sap = TestVms.vm("sap1", 8, 64).customAttribute("App", "SAP-ECC").build();
        assertThat(decide(rules, TestPrices.westEurope(), sap, TestVms.cpuMem(sap, 30, 30)).ruleId()).contains("sap-locked");
        Vm photon = TestVms.vm("build-photon", 2, 8).guestOs(new GuestOs("VMware Photon OS (64-bit)", null)).build();
        FitDecision d = decide(rules, TestPrices.westEurope(), photon, TestVms.cpuMem(photon, 30, 30));
        assertThat(d.target()).isEqualTo(FitTarget.IAAS);
        assertThat(d.ruleId()).contains("photon-ok");
    }

    @Test
    void badRulesFilesAreBadInput() {
        assertThatThrownBy(() -> FitRules.parse("{\"rules\": [{\"id\": \"x\", \"feild\": \"TAG\"}]}", "f.json"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown property \"feild\"");
        assertThatThrownBy(() -> FitRules.parse("{\"rules\": [{\"id\": \"x\", \"field\": \"ANNOTATION\", \"match\": \"regex\", "
                + "\"value\": \"(\", \"target\": \"AVS\"}]}", "f.json"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("bad regular expression");
        assertThatThrownBy(() -> FitRules.parse("[1]", "f.json")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> FitRules.parse("{\"rules\": [{\"id\": \"x\", \"field\": \"TAG\", \"value\": \"a\", \"target\": \"MARS\"}]}",
                "f.json")).isInstanceOf(BadInputException.class).hasMessageContaining("rule 1");
    }

    @Test
    void estate_withAnApplianceOnAvs_theMixFillsTheClusterAndAllIaasCannotPlaceIt() {
        TestPrices prices = TestPrices.westEurope().avs("AV36", "8.00");
        List<FitDecision> decisions = new ArrayList<>();
        Vm vcsa = TestVms.vm("vcsa", 4, 19).guestOs(new GuestOs("VMware Photon OS (64-bit)", null)).build();
        decisions.add(decide(FitRules.builtIn(), prices, vcsa, PerfSummary.none(vcsa.identity().key())));
        for (int i = 0; i < 5; i++) {
            Vm vm = TestVms.vm("app" + i, 4, 8).build();
            decisions.add(decide(FitRules.builtIn(), prices, vm, TestVms.cpuMem(vm, 50, 50)));
        }
        EstateComparison c = new EstatePlanner(new AvsSizer(CATALOG, prices, SETTINGS), SETTINGS.currency()).compare(decisions);

        assertThat(c.allIaas().unplaced()).containsExactly(decisions.get(0).vmKey());
        assertThat(c.allIaas().total()).isPresent();
        assertThat(c.allAvs().avs().orElseThrow().nodes()).isEqualTo(3);
        assertThat(c.allAvs().total().orElseThrow().amount()).isEqualByComparingTo("17520");
        // three AV36 hosts must be paid for anyway; the five small VMs fit in them at no extra cost
        assertThat(c.cheapestMix().total().orElseThrow().amount()).isEqualByComparingTo("17520");
        assertThat(c.cheapestMix().unplaced()).isEmpty();
    }

    @Test
    void estate_withNothingForcedToAvs_cheapestIsAllIaasWhenHostsCostMore() {
        TestPrices prices = TestPrices.westEurope().avs("AV36", "8.00");
        List<FitDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Vm vm = TestVms.vm("app" + i, 4, 8).build();
            decisions.add(decide(FitRules.builtIn(), prices, vm, TestVms.cpuMem(vm, 50, 50)));
        }
        EstateComparison c = new EstatePlanner(new AvsSizer(CATALOG, prices, SETTINGS), SETTINGS.currency()).compare(decisions);
        assertThat(c.cheapestMix().name()).isEqualTo("all-IaaS");
        assertThat(c.cheapestMix().total()).isEqualTo(c.allIaas().total());
        assertThat(c.allIaas().iaasVms()).hasSize(3);
    }
}
