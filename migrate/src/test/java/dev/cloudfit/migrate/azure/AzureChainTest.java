package dev.cloudfit.migrate.azure;

import static dev.cloudfit.migrate.azure.AzureTestbed.REGION;
import static dev.cloudfit.migrate.azure.AzureTestbed.SMALL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.testkit.arm.ArmResource;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole Azure side for one VM, against the local ARM and Azurite: disks, upload, NIC, VM. */
@WithAzurite
class AzureChainTest {

    private LocalArm arm;
    private AzureTestbed bed;

    @BeforeEach
    void start(Azurite azurite) {
        arm = LocalArm.start(azurite);
        bed = new AzureTestbed(arm);
        arm.createResourceGroup("network-rg", REGION);
        arm.createVirtualNetwork("network-rg", "prod-vnet", REGION, "10.1.0.0/16", "servers", "10.1.2.0/24");
    }

    @AfterEach
    void stop() {
        arm.close();
    }

    private SubnetRef prodSubnet() {
        return new SubnetRef(bed.id("network-rg", AzureResourceId.VNET, "prod-vnet"), "servers");
    }

    @Test
    void aLinuxBiosVmIsCreatedFromItsUploadedDisk() {
        Provenance p = AzureTestbed.provenance();
        bed.adapter.ensureResourceGroup("app-rg", REGION, p);
        DiskTarget os = new DiskTarget(bed.id("app-rg", AzureResourceId.DISK, "web01-os"), REGION, DataSize.ofMebibytes(32),
                DiskSku.of("StandardSSD_LRS"), new OsDisk(OsDisk.OsType.LINUX, OsDisk.Firmware.BIOS), null);

        ManagedDisk created = bed.adapter.ensureDisk(os, p);
        assertThat(created.state()).isEqualTo("ReadyToUpload");
        assertThat(created.uploadSizeBytes()).isEqualTo(32L * 1024 * 1024 + 512);
        UploadGrant grant = bed.adapter.grantUpload(os.id(), java.time.Duration.ofHours(1));
        assertThat(bed.adapter.disk(os.id())).get().extracting(ManagedDisk::state).isEqualTo("ActiveUpload");
        TestVhd.upload(grant, os.virtualSize().bytes());
        assertThat(bed.adapter.finishUpload(os.id()).state()).isEqualTo("Unattached");

        AzureResourceId nic = bed.adapter.ensureNic(new NicTarget(bed.id("app-rg", AzureResourceId.NIC, "web01-nic"), REGION,
                prodSubnet(), "10.1.2.10"), p);
        AzureResourceId vm = bed.adapter.ensureVm(new VmDeployment(bed.id("app-rg", AzureResourceId.VM, "web01"), REGION,
                "Standard_D2s_v5", os.id(), List.of(), nic, LicenseType.NONE, null, true), p);

        JsonNode vmBody = body(vm);
        assertThat(vmBody.path("properties").path("provisioningState").asText()).isEqualTo("Succeeded");
        assertThat(vmBody.path("properties").path("hardwareProfile").path("vmSize").asText()).isEqualTo("Standard_D2s_v5");
        assertThat(vmBody.path("properties").path("storageProfile").path("osDisk").path("managedDisk").path("id").asText())
                .isEqualToIgnoringCase(os.id().toString());
        assertThat(vmBody.path("properties").path("storageProfile").path("dataDisks")).isEmpty();
        assertThat(vmBody.path("properties").path("diagnosticsProfile").path("bootDiagnostics").path("enabled").asBoolean()).isTrue();
        assertThat(vmBody.path("properties").path("licenseType").isMissingNode() || vmBody.path("properties").path("licenseType").isNull()).isTrue();
        assertThat(vmBody.has("zones") && !vmBody.get("zones").isNull()).isFalse();
        JsonNode diskBody = body(os.id());
        assertThat(diskBody.path("properties").path("diskState").asText()).isEqualTo("Attached");
        assertThat(diskBody.path("properties").path("hyperVGeneration").asText()).isEqualTo("V1");
        assertThat(diskBody.path("properties").path("osType").asText()).isEqualTo("Linux");
        assertThat(diskBody.path("sku").path("name").asText()).isEqualTo("StandardSSD_LRS");
        JsonNode ip = body(nic).path("properties").path("ipConfigurations").get(0).path("properties");
        assertThat(ip.path("privateIPAllocationMethod").asText()).isEqualTo("Static");
        assertThat(ip.path("privateIPAddress").asText()).isEqualTo("10.1.2.10");
        assertThat(ip.has("publicIPAddress")).isFalse();
        for (ArmResource r : arm.resources()) {
            if (!r.id().contains("prod-vnet")) {
                assertThat(r.tags()).as(r.id()).isEqualTo(p.tags());
            }
        }
        assertThat(bed.journal).extracting(AzureAction::verb).containsSubsequence(AzureAction.Verb.CREATED,
                AzureAction.Verb.UPLOAD_GRANTED, AzureAction.Verb.UPLOAD_FINISHED, AzureAction.Verb.CREATED,
                AzureAction.Verb.CREATED, AzureAction.Verb.VERIFIED);
    }

    @Test
    void aWindowsUefiVmGetsGeneration2DataDisksInLunOrderAndHybridBenefit() {
        Provenance p = AzureTestbed.provenance();
        bed.adapter.ensureResourceGroup("win-rg", REGION, p);
        DiskTarget os = new DiskTarget(bed.id("win-rg", AzureResourceId.DISK, "sql01-os"), REGION, DataSize.ofMebibytes(64),
                DiskSku.of("Premium_LRS"), new OsDisk(OsDisk.OsType.WINDOWS, OsDisk.Firmware.UEFI), "2");
        DiskTarget data0 = new DiskTarget(bed.id("win-rg", AzureResourceId.DISK, "sql01-data-b"), REGION, SMALL,
                DiskSku.of("Premium_LRS"), null, "2");
        DiskTarget data1 = new DiskTarget(bed.id("win-rg", AzureResourceId.DISK, "sql01-data-a"), REGION, DataSize.ofMebibytes(21),
                DiskSku.of("StandardSSD_LRS"), null, "2");
        for (DiskTarget d : List.of(os, data0, data1)) {
            bed.uploadedDisk(d, p);
        }
        AzureResourceId nic = bed.adapter.ensureNic(new NicTarget(bed.id("win-rg", AzureResourceId.NIC, "sql01-nic"), REGION,
                prodSubnet(), null), p);
        AzureResourceId vm = bed.adapter.ensureVm(new VmDeployment(bed.id("win-rg", AzureResourceId.VM, "sql01"), REGION,
                "Standard_E8s_v5", os.id(), List.of(data0.id(), data1.id()), nic, LicenseType.WINDOWS_SERVER, "2", false), p);

        JsonNode props = body(vm).path("properties");
        assertThat(props.path("licenseType").asText()).isEqualTo("Windows_Server");
        assertThat(body(vm).path("zones").get(0).asText()).isEqualTo("2");
        assertThat(props.path("storageProfile").path("osDisk").path("osType").asText()).isEqualTo("Windows");
        JsonNode dataDisks = props.path("storageProfile").path("dataDisks");
        assertThat(dataDisks).hasSize(2);
        assertThat(dataDisks.get(0).path("lun").asInt()).isZero();
        assertThat(dataDisks.get(0).path("managedDisk").path("id").asText()).isEqualToIgnoringCase(data0.id().toString());
        assertThat(dataDisks.get(1).path("lun").asInt()).isEqualTo(1);
        assertThat(dataDisks.get(1).path("managedDisk").path("id").asText()).isEqualToIgnoringCase(data1.id().toString());
        assertThat(body(os.id()).path("properties").path("hyperVGeneration").asText()).isEqualTo("V2");
        assertThat(body(data1.id()).path("sku").path("name").asText()).isEqualTo("StandardSSD_LRS");
        for (DiskTarget d : List.of(os, data0, data1)) {
            assertThat(body(d.id()).path("managedBy").asText()).isEqualToIgnoringCase(vm.toString());
        }
        JsonNode ip = body(nic).path("properties").path("ipConfigurations").get(0).path("properties");
        assertThat(ip.path("privateIPAllocationMethod").asText()).isEqualTo("Dynamic");
    }

    private JsonNode body(AzureResourceId id) {
        return arm.resources().stream().filter(r -> r.id().equalsIgnoreCase(id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + id)).body();
    }
}
