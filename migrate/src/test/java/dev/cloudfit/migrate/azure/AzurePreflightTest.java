package dev.cloudfit.migrate.azure;

import static dev.cloudfit.migrate.azure.AzureTestbed.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.azure.AzureFinding.Severity;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wave's pre-flight against Azure: region, sizes, quota for the whole wave, names, resource group. */
@WithAzurite
class AzurePreflightTest {

    private static LocalArm arm;
    private static AzureTestbed bed;

    @BeforeAll
    static void start(Azurite azurite) {
        arm = LocalArm.start(azurite);
        bed = new AzureTestbed(arm);
        arm.createResourceGroup("app-rg", REGION);
        arm.restrictSize("northeurope", "Standard_D2s_v5");
        arm.quota(REGION, "standardDSv5Family", 10, 20);
    }

    @AfterAll
    static void stop() {
        arm.close();
    }

    private static WaveDemand.Vm vm(String name, String size) {
        return new WaveDemand.Vm(name, size, List.of(name + "-os"), name + "-nic");
    }

    @Test
    void aWaveThatFitsHasNoFinding() {
        assertThat(bed.adapter.preflight(new WaveDemand(REGION, "app-rg", false,
                List.of(vm("a1", "Standard_D4s_v5"), vm("a2", "Standard_B2s"))))).isEmpty();
    }

    @Test
    void theQuotaIsCheckedForTheWholeWavePerFamily() {
        List<AzureFinding> findings = bed.adapter.preflight(new WaveDemand(REGION, "app-rg", false,
                List.of(vm("q1", "Standard_D4s_v5"), vm("q2", "Standard_D4s_v5"), vm("q3", "Standard_D4s_v5"))));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("azure.quota.family");
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.subject()).isEqualTo("standardDSv5Family");
            assertThat(f.message()).contains("needs 12").contains("only 10 of 20 are free");
            assertThat(f.remedy()).contains("at least 2");
        });
    }

    @Test
    void sizesNotOfferedOrRestrictedAreBlockers() {
        List<AzureFinding> findings = bed.adapter.preflight(new WaveDemand("northeurope", "app-rg", false,
                List.of(vm("r1", "Standard_D2s_v5"), vm("r2", "Standard_M416ms_v2"))));

        assertThat(findings).extracting(AzureFinding::id, AzureFinding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("azure.size.restricted", "r1"),
                        org.assertj.core.groups.Tuple.tuple("azure.size.not-offered", "r2"));
    }

    @Test
    void anUnknownRegionIsABlocker() {
        assertThat(bed.adapter.preflight(new WaveDemand("atlantis", "app-rg", false, List.of(vm("x", "Standard_B2s")))))
                .extracting(AzureFinding::id).containsExactly("azure.region.unknown");
    }

    @Test
    void invalidNamesAndAMissingGroupAreFound() {
        List<AzureFinding> findings = bed.adapter.preflight(new WaveDemand(REGION, "new-rg", false,
                List.of(new WaveDemand.Vm("bad name!", "Standard_B2s", List.of("-disk"), "nic."))));

        assertThat(findings).extracting(AzureFinding::id, AzureFinding::subject).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("azure.name.invalid", "bad name!"),
                org.assertj.core.groups.Tuple.tuple("azure.name.invalid", "-disk"),
                org.assertj.core.groups.Tuple.tuple("azure.name.invalid", "nic."),
                org.assertj.core.groups.Tuple.tuple("azure.resource-group.missing", "new-rg"));
        assertThat(bed.adapter.preflight(new WaveDemand(REGION, "new-rg", true, List.of())))
                .extracting(AzureFinding::id, AzureFinding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("azure.resource-group.will-create", Severity.INFO));
    }
}
