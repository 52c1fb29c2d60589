package dev.cloudfit.migrate.azure;

import static dev.cloudfit.migrate.azure.AzureTestbed.REGION;
import static dev.cloudfit.migrate.azure.AzureTestbed.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.testkit.arm.ArmResource;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exactly once, adoption and refusal, the upload's failure states, and removal. */
@WithAzurite
class AzureEnsureTest {

    private LocalArm arm;
    private AzureTestbed bed;

    @BeforeEach
    void start(Azurite azurite) {
        arm = LocalArm.start(azurite);
        bed = new AzureTestbed(arm);
        arm.createResourceGroup("network-rg", REGION);
        arm.createVirtualNetwork("network-rg", "prod-vnet", REGION, "10.1.0.0/16", "servers", "10.1.2.0/24");
        arm.createResourceGroup("app-rg", REGION);
    }

    @AfterEach
    void stop() {
        arm.close();
    }

    private DiskTarget osDisk(String name) {
        return new DiskTarget(bed.id("app-rg", AzureResourceId.DISK, name), REGION, SMALL, DiskSku.of("Premium_LRS"),
                new OsDisk(OsDisk.OsType.LINUX, OsDisk.Firmware.BIOS), null);
    }

    /** The chain for one VM in a group and subnet; returns what was created, in order. */
    private List<AzureResourceId> migrate(String group, SubnetRef subnet, String vmName, Provenance p) {
        List<AzureResourceId> created = new ArrayList<>();
        DiskTarget os = new DiskTarget(bed.id(group, AzureResourceId.DISK, vmName + "-os"), REGION, SMALL,
                DiskSku.of("Premium_LRS"), new OsDisk(OsDisk.OsType.LINUX, OsDisk.Firmware.BIOS), null);
        DiskTarget data = new DiskTarget(bed.id(group, AzureResourceId.DISK, vmName + "-data0"), REGION, SMALL,
                DiskSku.of("Standard_LRS"), null, null);
        bed.uploadedDisk(os, p);
        created.add(os.id());
        bed.uploadedDisk(data, p);
        created.add(data.id());
        created.add(bed.adapter.ensureNic(new NicTarget(bed.id(group, AzureResourceId.NIC, vmName + "-nic"), REGION, subnet, null), p));
        created.add(bed.adapter.ensureVm(new VmDeployment(bed.id(group, AzureResourceId.VM, vmName), REGION, "Standard_B2s",
                os.id(), List.of(data.id()), created.get(2), LicenseType.NONE, null, true), p));
        return created;
    }

    private SubnetRef prodSubnet() {
        return new SubnetRef(bed.id("network-rg", AzureResourceId.VNET, "prod-vnet"), "servers");
    }

    @Test
    void aReRunCreatesNothingAndAdoptsWhatIsOurs() {
        Provenance p = AzureTestbed.provenance();
        List<AzureResourceId> first = migrate("app-rg", prodSubnet(), "app01", p);
        int requestsBefore = arm.requests().size();
        int resourcesBefore = arm.resources().size();
        bed.journal.clear();

        List<AzureResourceId> second = migrate("app-rg", prodSubnet(), "app01", p);

        assertThat(second).isEqualTo(first);
        assertThat(arm.resources()).hasSize(resourcesBefore);
        List<String> rerun = arm.requests().subList(requestsBefore, arm.requests().size());
        assertThat(rerun).allMatch(r -> r.startsWith("GET "), "a re-run only reads");
        assertThat(bed.journal).extracting(AzureAction::verb).containsOnly(AzureAction.Verb.ADOPTED, AzureAction.Verb.VERIFIED);
    }

    @Test
    void aResourceNotMadeForThisVmIsRefusedAndLeftAlone() {
        Provenance someoneElse = AzureTestbed.provenance();
        bed.adapter.ensureDisk(osDisk("shared-name"), someoneElse);
        Provenance ours = AzureTestbed.provenance();
        int requestsBefore = arm.requests().size();

        assertThatThrownBy(() -> bed.adapter.ensureDisk(osDisk("shared-name"), ours))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("disk 'shared-name' (resource group app-rg) already exists and was not made by cloudfit for this VM")
                .hasMessageNotContaining("\n");
        assertThat(arm.requests().subList(requestsBefore, arm.requests().size())).allMatch(r -> r.startsWith("GET "));
        assertThat(arm.resources()).filteredOn(r -> r.id().endsWith("shared-name")).singleElement()
                .satisfies(r -> assertThat(r.tags()).isEqualTo(someoneElse.tags()));
    }

    @Test
    void ourDiskWithAnotherSizeIsNotAdopted() {
        Provenance p = AzureTestbed.provenance();
        bed.adapter.ensureDisk(osDisk("resized"), p);
        DiskTarget bigger = new DiskTarget(osDisk("resized").id(), REGION, DataSize.ofMebibytes(40), DiskSku.of("Premium_LRS"),
                new OsDisk(OsDisk.OsType.LINUX, OsDisk.Firmware.BIOS), null);

        assertThatThrownBy(() -> bed.adapter.ensureDisk(bigger, p)).isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("its upload size is 20972032 bytes, the plan's 41943552");
    }

    @Test
    void uploadSizesAzureRefusesAreRefusedBeforeAnyCall() {
        int before = arm.requests().size();
        assertThatThrownBy(() -> new DiskTarget(bed.id("app-rg", AzureResourceId.DISK, "odd"), REGION,
                DataSize.ofBytes(20L * 1024 * 1024 + 4096), DiskSku.of("Premium_LRS"), null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a whole number of MiB");
        assertThatThrownBy(() -> new DiskTarget(bed.id("app-rg", AzureResourceId.DISK, "tiny"), REGION,
                DataSize.ofMebibytes(16), DiskSku.of("Premium_LRS"), null, null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("20 MiB to 32 TiB");
        assertThatThrownBy(() -> new DiskTarget(bed.id("app-rg", AzureResourceId.DISK, "huge-gen1"), REGION,
                DataSize.ofTebibytes(3), DiskSku.of("Premium_LRS"), new OsDisk(OsDisk.OsType.LINUX, OsDisk.Firmware.BIOS), null))
                .isInstanceOf(BadInputException.class).hasMessageContaining("limited to 2 TiB");
        assertThat(arm.requests()).hasSize(before);
    }

    @Test
    void aWrongFooterIsInvalidVhdAndTheDiskIsCleanedUp() {
        Provenance p = AzureTestbed.provenance();
        DiskTarget os = osDisk("badfooter");
        bed.adapter.ensureDisk(os, p);
        UploadGrant grant = bed.adapter.grantUpload(os.id(), Duration.ofHours(1));
        byte[] footer = TestVhd.footer(os.virtualSize().bytes());
        footer[0] = 'X';
        TestVhd.write(grant, os.virtualSize().bytes(), footer);

        assertThatThrownBy(() -> bed.adapter.finishUpload(os.id()))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("disk 'badfooter'").hasMessageContaining("InvalidVhd")
                .hasMessageContaining("cookie value 'conectix'").hasMessageContaining("the disk was deleted")
                .hasMessageNotContaining("sig=").hasMessageNotContaining("\n");
        assertThat(bed.adapter.disk(os.id())).isEmpty();
        assertThat(bed.journal).last().satisfies(a -> assertThat(a.verb()).isEqualTo(AzureAction.Verb.CLEANED_UP));
    }

    @Test
    void aDiskLeftInActiveUploadWithoutItsFooterIsStartedAgain() {
        Provenance p = AzureTestbed.provenance();
        DiskTarget os = osDisk("interrupted");
        bed.adapter.ensureDisk(os, p);
        bed.adapter.grantUpload(os.id(), Duration.ofHours(1));
        // the earlier run stopped here, with no byte written: the blob ends in zeros

        ManagedDisk again = bed.adapter.ensureDisk(os, p);

        assertThat(again.state()).isEqualTo("ReadyToUpload");
        assertThat(bed.journal).extracting(AzureAction::verb).contains(AzureAction.Verb.CLEANED_UP);
        assertThat(bed.journal).filteredOn(a -> a.verb() == AzureAction.Verb.CLEANED_UP).singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("ActiveUpload").contains("InvalidVhd"));
    }

    @Test
    void aDiskLeftInActiveUploadAfterAWholeUploadIsFinishedAndAdopted() {
        Provenance p = AzureTestbed.provenance();
        DiskTarget os = osDisk("uploaded-not-revoked");
        bed.adapter.ensureDisk(os, p);
        TestVhd.upload(bed.adapter.grantUpload(os.id(), Duration.ofHours(1)), os.virtualSize().bytes());

        assertThat(bed.adapter.ensureDisk(os, p).state()).isEqualTo("Unattached");
    }

    @Test
    void aMissingApprovedSubnetIsRefusedWithItsName() {
        SubnetRef missing = new SubnetRef(bed.id("network-rg", AzureResourceId.VNET, "prod-vnet"), "dmz");
        assertThatThrownBy(() -> bed.adapter.ensureNic(new NicTarget(bed.id("app-rg", AzureResourceId.NIC, "x-nic"), REGION,
                missing, null), AzureTestbed.provenance()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("subnet 'dmz' of virtual network 'prod-vnet' (resource group network-rg) does not exist");
        SubnetRef noVnet = new SubnetRef(bed.id("network-rg", AzureResourceId.VNET, "nowhere"), "servers");
        assertThatThrownBy(() -> bed.adapter.requireSubnet(noVnet)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("virtual network 'nowhere'");
    }

    @Test
    void removalLeavesNothingTaggedAndCanRunTwice() {
        Provenance p = AzureTestbed.provenance();
        List<AzureResourceId> created = migrate("app-rg", prodSubnet(), "gone01", p);
        assertThat(bed.adapter.taggedResources("app-rg", p)).hasSize(4);

        bed.adapter.remove(created, p);

        assertThat(arm.resources()).noneMatch(r -> p.owns(r.tags()));
        assertThat(bed.adapter.taggedResources("app-rg", p)).isEmpty();
        assertThat(arm.deployments()).isEmpty();
        assertThat(bed.journal).filteredOn(a -> a.verb() == AzureAction.Verb.DELETED).extracting(a -> a.resource().type())
                .containsExactly(AzureResourceId.VM, AzureResourceId.NIC, AzureResourceId.DISK, AzureResourceId.DISK);
        bed.journal.clear();
        bed.adapter.remove(created, p);
        assertThat(bed.journal).extracting(AzureAction::verb).containsOnly(AzureAction.Verb.ALREADY_GONE);
    }

    @Test
    void aTestMigrationIsIsolatedAndItsRemovalLeavesProductionAlone() {
        Provenance p = AzureTestbed.provenance();
        List<AzureResourceId> production = migrate("app-rg", prodSubnet(), "prod01", p);
        bed.adapter.ensureResourceGroup("app-rg-test", REGION, p);
        TestNetwork isolated = new TestNetwork(bed.id("app-rg-test", AzureResourceId.VNET, "cloudfit-test-vnet"), REGION,
                "10.250.0.0/16", "test", "10.250.1.0/24");
        List<AzureResourceId> test = new ArrayList<>();
        test.add(bed.adapter.ensureTestNetwork(isolated, p));
        test.addAll(migrate("app-rg-test", isolated.subnetRef(), "prod01", p));
        ArmResource vnet = arm.resources().stream().filter(r -> r.id().endsWith("cloudfit-test-vnet")).findFirst().orElseThrow();
        assertThat(vnet.tags()).isEqualTo(p.testNetworkTags());
        assertThat(vnet.body().path("properties").path("virtualNetworkPeerings").isMissingNode()).isTrue();

        bed.adapter.remove(test, p);

        assertThat(arm.resources()).noneMatch(r -> r.id().contains("/resourceGroups/app-rg-test/"));
        for (AzureResourceId id : production) {
            assertThat(arm.resources()).anyMatch(r -> r.id().equalsIgnoreCase(id.toString()));
        }
        assertThat(arm.resources()).anyMatch(r -> r.id().endsWith("prod-vnet"));
    }

    @Test
    void aVmWhoseProvisioningFailedIsDeployedAgainOnTheReRun() {
        Provenance p = AzureTestbed.provenance();
        arm.inject(dev.cloudfit.testkit.arm.ArmFault.operationFails("PUT", "/deployments/cloudfit-retry01$", "AllocationFailed"));
        assertThatThrownBy(() -> migrate("app-rg", prodSubnet(), "retry01", p)).isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("VM 'retry01'").hasMessageContaining("AllocationFailed");
        assertThat(arm.resources()).filteredOn(r -> r.id().endsWith("/retry01")).singleElement()
                .satisfies(r -> assertThat(r.provisioningState()).isEqualTo("Failed"));

        migrate("app-rg", prodSubnet(), "retry01", p);

        assertThat(arm.resources()).filteredOn(r -> r.id().endsWith("/retry01")).singleElement()
                .satisfies(r -> assertThat(r.provisioningState()).isEqualTo("Succeeded"));
        assertThat(bed.journal).last().satisfies(a -> assertThat(a.verb()).isEqualTo(AzureAction.Verb.VERIFIED));
    }

    @Test
    void aRecordedResourceWhoseTagsAreNotOursIsNotDeleted() {
        Provenance p = AzureTestbed.provenance();
        Provenance other = AzureTestbed.provenance();
        DiskTarget os = osDisk("replaced");
        bed.adapter.ensureDisk(os, other);

        assertThatThrownBy(() -> bed.adapter.remove(List.of(os.id()), p)).isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("cloudfit will not delete it");
        assertThat(bed.adapter.disk(os.id())).isPresent();
    }
}
