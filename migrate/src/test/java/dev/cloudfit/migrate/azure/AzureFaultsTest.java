package dev.cloudfit.migrate.azure;

import static dev.cloudfit.migrate.azure.AzureTestbed.REGION;
import static dev.cloudfit.migrate.azure.AzureTestbed.SMALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.arm.ArmFault;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ARM's faults: retried where safe, else one line naming the resource and ARM's error code, exit 3. */
@WithAzurite
class AzureFaultsTest {

    private LocalArm arm;
    private AzureTestbed bed;

    @BeforeEach
    void start(Azurite azurite) {
        arm = LocalArm.start(azurite);
        bed = new AzureTestbed(arm);
        arm.createResourceGroup("app-rg", REGION);
        arm.createVirtualNetwork("app-rg", "vnet", REGION, "10.1.0.0/16", "servers", "10.1.2.0/24");
    }

    @AfterEach
    void stop() {
        arm.close();
    }

    private DiskTarget disk(String name) {
        return new DiskTarget(bed.id("app-rg", AzureResourceId.DISK, name), REGION, SMALL, DiskSku.of("Premium_LRS"),
                new OsDisk(OsDisk.OsType.LINUX, OsDisk.Firmware.UEFI), null);
    }

    private long count(String request) {
        return arm.requests().stream().filter(r -> r.equalsIgnoreCase(request)).count();
    }

    @Test
    void throttlingIsWaitedOutAsRetryAfterSays() {
        DiskTarget d = disk("throttled");
        arm.inject(ArmFault.throttle("PUT", "/disks/throttled", 2));

        assertThat(bed.adapter.ensureDisk(d, AzureTestbed.provenance()).state()).isEqualTo("ReadyToUpload");
        assertThat(count("PUT " + d.id())).isEqualTo(3);
    }

    @Test
    void aPassingServerErrorIsRetried() {
        DiskTarget d = disk("flaky");
        arm.inject(ArmFault.serverError("GET", "/disks/flaky", 2));

        assertThat(bed.adapter.ensureDisk(d, AzureTestbed.provenance()).state()).isEqualTo("ReadyToUpload");
    }

    @Test
    void aLastingServerErrorIsOneLineWithTheResourceAndCode() {
        DiskTarget d = disk("down");
        arm.inject(ArmFault.serverError("PUT", "/disks/down", 10));

        assertThatThrownBy(() -> bed.adapter.ensureDisk(d, AzureTestbed.provenance()))
                .isInstanceOfSatisfying(ExternalSystemException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL))
                .hasMessageStartingWith("creating disk 'down' (resource group app-rg) failed: Azure answered ServiceUnavailable")
                .hasMessageNotContaining("\n");
        assertThat(count("PUT " + d.id())).isEqualTo(4);
    }

    @Test
    void anOperationEndingFailedNamesTheResourceAndArmCode() {
        DiskTarget d = disk("failing");
        arm.inject(ArmFault.operationFails("PUT", "/disks/failing", "InternalDiskManagementError"));

        assertThatThrownBy(() -> bed.adapter.ensureDisk(d, AzureTestbed.provenance()))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageStartingWith("creating disk 'failing' (resource group app-rg) failed: Azure answered InternalDiskManagementError");
    }

    @Test
    void aDeploymentRefusedByArmNamesTheVmAndTheInnerCode() {
        Provenance p = AzureTestbed.provenance();
        DiskTarget os = disk("quota-os");
        bed.uploadedDisk(os, p);
        AzureResourceId nic = bed.adapter.ensureNic(new NicTarget(bed.id("app-rg", AzureResourceId.NIC, "quota-nic"), REGION,
                new SubnetRef(bed.id("app-rg", AzureResourceId.VNET, "vnet"), "servers"), null), p);
        arm.quota(REGION, "standardESv5Family", 16, 20);

        assertThatThrownBy(() -> bed.adapter.ensureVm(new VmDeployment(bed.id("app-rg", AzureResourceId.VM, "quota-vm"), REGION,
                "Standard_E8s_v5", os.id(), List.of(), nic, LicenseType.NONE, null, true), p))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("deploying the vm-from-disks template for VM 'quota-vm' (resource group app-rg) failed")
                .hasMessageContaining("OperationNotAllowed").hasMessageContaining("standardESv5Family Cores quota");
        assertThat(bed.adapter.disk(os.id())).get().extracting(ManagedDisk::state).isEqualTo("Unattached");
    }

    @Test
    void aStalledAnswerTimesOutAndIsRetried() {
        bed = new AzureTestbed(arm, new AzureConnection.Timing(Duration.ofMillis(20), Duration.ofMillis(50), 3,
                Duration.ofMillis(700), Duration.ofSeconds(30)));
        DiskTarget d = disk("slow");
        arm.inject(ArmFault.stall("GET", "/disks/slow", Duration.ofSeconds(2)));

        assertThat(bed.adapter.ensureDisk(d, AzureTestbed.provenance()).state()).isEqualTo("ReadyToUpload");
        assertThat(count("GET " + d.id())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAnswerThatNeverComesIsATimeoutError() {
        bed = new AzureTestbed(arm, new AzureConnection.Timing(Duration.ofMillis(20), Duration.ofMillis(50), 1,
                Duration.ofMillis(500), Duration.ofSeconds(30)));
        DiskTarget d = disk("hung");
        arm.inject(new ArmFault(ArmFault.Kind.STALL, "GET", "/disks/hung", 5, "", Duration.ofSeconds(2)));

        assertThatThrownBy(() -> bed.adapter.ensureDisk(d, AzureTestbed.provenance()))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessage("reading disk 'hung' (resource group app-rg) failed: timed out waiting for Azure Resource Manager");
    }

    @Test
    void anOperationThatDoesNotEndInTimeIsATimeoutError() {
        bed = new AzureTestbed(arm, new AzureConnection.Timing(Duration.ofMillis(20), Duration.ofMillis(50), 0,
                Duration.ofMillis(400), Duration.ofSeconds(1)));
        DiskTarget d = disk("endless");
        arm.inject(new ArmFault(ArmFault.Kind.STALL, "GET", "/operations/", 50, "", Duration.ofSeconds(2)));

        assertThatThrownBy(() -> bed.adapter.ensureDisk(d, AzureTestbed.provenance()))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageStartingWith("creating disk 'endless' (resource group app-rg) failed: timed out");
    }
}
