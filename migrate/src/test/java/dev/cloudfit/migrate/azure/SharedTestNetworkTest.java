package dev.cloudfit.migrate.azure;

import static dev.cloudfit.migrate.azure.AzureTestbed.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.arm.ArmResource;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The isolated test network two VMs of one plan share: tagged for the plan (no VM), adopted by the
 * second VM, kept while a NIC of the plan is in it, deleted by the release after the last NIC; one
 * made by someone else is neither adopted nor deleted (nor does it stop a clean-up).
 */
@WithAzurite
class SharedTestNetworkTest {

    private static final String SHA = "cd".repeat(32);
    private static final Provenance FIRST = new Provenance("plan-7-test", UUID.fromString("42000000-0000-4000-8000-000000000001"), SHA);
    private static final Provenance SECOND = new Provenance("plan-7-test", UUID.fromString("42000000-0000-4000-8000-000000000002"), SHA);

    private LocalArm arm;
    private AzureTestbed bed;

    @BeforeEach
    void start(Azurite azurite) {
        arm = LocalArm.start(azurite);
        bed = new AzureTestbed(arm);
        arm.createResourceGroup("app-rg", REGION);
    }

    @AfterEach
    void stop() {
        arm.close();
    }

    private TestNetwork network(String name) {
        return new TestNetwork(bed.id("app-rg", AzureResourceId.VNET, name), REGION, "10.255.0.0/16", "snet-test", "10.255.0.0/24");
    }

    private AzureResourceId nic(String name, TestNetwork network, Provenance p) {
        return bed.adapter.ensureNic(new NicTarget(bed.id("app-rg", AzureResourceId.NIC, name), REGION, network.subnetRef(), null), p);
    }

    private long vnetDeletes(String name) {
        return arm.requests().stream().filter(r -> r.startsWith("DELETE") && r.endsWith("/virtualNetworks/" + name)).count();
    }

    @Test
    void twoVmsShareTheNetworkAndTheLastReleaseDeletesIt() {
        TestNetwork shared = network("vnet-cloudfit-test");
        bed.adapter.ensureTestNetwork(shared, FIRST);
        AzureResourceId nic1 = nic("vm1-nic", shared, FIRST);
        bed.journal.clear();
        bed.adapter.ensureTestNetwork(shared, SECOND);
        AzureResourceId nic2 = nic("vm2-nic", shared, SECOND);

        ArmResource vnet = arm.resources().stream().filter(r -> r.id().endsWith("/vnet-cloudfit-test")).findFirst().orElseThrow();
        assertThat(vnet.tags()).isEqualTo(Map.of("cloudfit-plan", "plan-7-test", "cloudfit-workbook-sha256", SHA,
                "cloudfit-role", "test-network"));
        assertThat(bed.journal).filteredOn(a -> a.resource().equals(shared.vnet())).extracting(AzureAction::verb)
                .containsExactly(AzureAction.Verb.ADOPTED);

        // the first VM goes: its NIC, then the network is let go of, kept for the second VM's NIC
        bed.adapter.remove(List.of(nic1), FIRST);
        bed.journal.clear();
        assertThat(bed.adapter.releaseTestNetwork(shared.vnet(), FIRST)).isFalse();
        assertThat(bed.journal).singleElement().satisfies(a -> {
            assertThat(a.verb()).isEqualTo(AzureAction.Verb.KEPT);
            assertThat(a.detail()).isEqualTo("still used by vm2-nic");
        });
        assertThat(arm.resources()).anyMatch(r -> r.id().endsWith("/vnet-cloudfit-test"));
        assertThat(vnetDeletes("vnet-cloudfit-test")).isZero();

        // the second VM goes: nothing of the plan is in it, it is deleted, once; again is harmless
        bed.adapter.remove(List.of(nic2), SECOND);
        assertThat(bed.adapter.releaseTestNetwork(shared.vnet(), SECOND)).isTrue();
        assertThat(arm.resources()).noneMatch(r -> r.id().endsWith("/vnet-cloudfit-test"));
        assertThat(arm.deployments()).isEmpty();
        assertThat(bed.adapter.releaseTestNetwork(shared.vnet(), FIRST)).isTrue();
        assertThat(vnetDeletes("vnet-cloudfit-test")).isEqualTo(1);
    }

    @Test
    void aNetworkOfAnotherPlanIsNeitherAdoptedNorDeleted() {
        TestNetwork theirs = network("vnet-theirs");
        Provenance other = new Provenance("plan-8-test", UUID.fromString("42000000-0000-4000-8000-000000000003"), SHA);
        bed.adapter.ensureTestNetwork(theirs, other);

        assertThatThrownBy(() -> bed.adapter.ensureTestNetwork(theirs, FIRST)).isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("virtual network 'vnet-theirs'").hasMessageContaining("cloudfit-plan=plan-8-test");
        bed.journal.clear();
        assertThat(bed.adapter.releaseTestNetwork(theirs.vnet(), FIRST)).isFalse();
        assertThat(bed.journal).singleElement().satisfies(a -> {
            assertThat(a.verb()).isEqualTo(AzureAction.Verb.KEPT);
            assertThat(a.detail()).isEqualTo("not this plan's test network (cloudfit-plan=plan-8-test): left alone");
        });
        assertThat(arm.resources()).anyMatch(r -> r.id().endsWith("/vnet-theirs"));
    }
}
