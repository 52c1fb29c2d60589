package dev.cloudfit.migrate.azure;

import static dev.cloudfit.migrate.azure.AzureTestbed.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The templates in {@code templates/}: each parses, has a README, declares exactly the parameters
 * the code passes (with and without the optional values), and deploys on the local ARM, which
 * refuses missing and unknown parameters as ARM does.
 */
@WithAzurite
class ArmTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TEMPLATES = Path.of("..", "templates");
    private static LocalArm arm;
    private static AzureTestbed bed;

    @BeforeAll
    static void start(Azurite azurite) {
        arm = LocalArm.start(azurite);
        bed = new AzureTestbed(arm);
        arm.createResourceGroup("tpl-rg", REGION);
    }

    @AfterAll
    static void stop() {
        arm.close();
    }

    private static Provenance p() {
        return new Provenance("plan-t", UUID.fromString("00000000-0000-0000-0000-000000000001"), "cd".repeat(32));
    }

    private static AzureResourceId id(String type, String name) {
        return new AzureResourceId(UUID.randomUUID().toString(), "tpl-rg", type, name);
    }

    private static Set<String> declared(ArmTemplate template) throws IOException {
        JsonNode tree = JSON.readTree(TEMPLATES.resolve(template.folder()).resolve("azuredeploy.json").toFile());
        assertThat(tree.path("$schema").asText()).startsWith("https://schema.management.azure.com/schemas/");
        assertThat(tree.path("contentVersion").asText()).isNotEmpty();
        assertThat(tree.path("resources")).isNotEmpty();
        Set<String> names = new TreeSet<>();
        tree.path("parameters").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyTemplateHasAReadmeAndTheJarCarriesTheSameFile() throws IOException {
        for (ArmTemplate template : ArmTemplate.values()) {
            Path folder = TEMPLATES.resolve(template.folder());
            assertThat(folder.resolve("README.md")).as(template.folder()).isRegularFile();
            String readme = Files.readString(folder.resolve("README.md"));
            for (String parameter : declared(template)) {
                assertThat(readme).as(template.folder() + "/README.md documents " + parameter).contains("`" + parameter + "`");
            }
            JsonNode carried = JSON.valueToTree(template.json());
            assertThat(carried).isEqualTo(JSON.readTree(folder.resolve("azuredeploy.json").toFile()));
        }
    }

    @Test
    void theVmTemplateDeclaresExactlyWhatTheCodePasses() throws IOException {
        VmDeployment plain = new VmDeployment(id(AzureResourceId.VM, "v"), REGION, "Standard_B2s", id(AzureResourceId.DISK, "os"),
                List.of(), id(AzureResourceId.NIC, "n"), LicenseType.NONE, null, false);
        VmDeployment full = new VmDeployment(id(AzureResourceId.VM, "v"), REGION, "Standard_B2s", id(AzureResourceId.DISK, "os"),
                List.of(id(AzureResourceId.DISK, "d0")), id(AzureResourceId.NIC, "n"), LicenseType.WINDOWS_SERVER, "1", true);
        for (VmDeployment vm : List.of(plain, full)) {
            assertThat(ArmTemplate.vmParameters(vm, OsDisk.OsType.WINDOWS, p()).keySet())
                    .containsExactlyInAnyOrderElementsOf(declared(ArmTemplate.VM_FROM_DISKS));
        }
    }

    @Test
    void theNicAndNetworkTemplatesDeclareExactlyWhatTheCodePasses() throws IOException {
        SubnetRef subnet = new SubnetRef(id(AzureResourceId.VNET, "vn"), "s");
        for (String ip : new String[] {null, "10.0.0.9"}) {
            assertThat(ArmTemplate.nicParameters(new NicTarget(id(AzureResourceId.NIC, "n"), REGION, subnet, ip), p()).keySet())
                    .containsExactlyInAnyOrderElementsOf(declared(ArmTemplate.NIC));
        }
        assertThat(ArmTemplate.testNetworkParameters(new TestNetwork(id(AzureResourceId.VNET, "t"), REGION, "10.9.0.0/16", "s",
                "10.9.1.0/24"), p()).keySet()).containsExactlyInAnyOrderElementsOf(declared(ArmTemplate.TEST_NETWORK));
    }

    @Test
    void theNetworkAndNicTemplatesDeployOnTheLocalArm() {
        AzureResourceId vnet = bed.id("tpl-rg", AzureResourceId.VNET, "tpl-vnet");
        bed.adapter.ensureTestNetwork(new TestNetwork(vnet, REGION, "10.9.0.0/16", "s", "10.9.1.0/24"), p());
        bed.adapter.ensureNic(new NicTarget(bed.id("tpl-rg", AzureResourceId.NIC, "tpl-nic"), REGION, new SubnetRef(vnet, "s"),
                "10.9.1.7"), p());

        assertThat(arm.resources()).extracting(r -> r.id().substring(r.id().lastIndexOf('/') + 1))
                .contains("tpl-vnet", "tpl-nic");
    }

    @Test
    void aMissingOrAnUnknownParameterIsRefusedAsArmRefusesIt() {
        TemplateDeployer deployer = new TemplateDeployer(ArmClients.open(bed.connection, AzureTestbed.credential(arm.accessToken()),
                arm.sslContext(), com.azure.core.http.policy.HttpLogDetailLevel.NONE));
        AzureResourceId vnet = bed.id("tpl-rg", AzureResourceId.VNET, "tpl-vnet-2");
        Map<String, Object> params = new HashMap<>(ArmTemplate.testNetworkParameters(
                new TestNetwork(vnet, REGION, "10.8.0.0/16", "s", "10.8.1.0/24"), p()));

        Map<String, Object> missing = new HashMap<>(params);
        missing.remove("subnetPrefix");
        assertThatThrownBy(() -> deployer.deploy(ArmTemplate.TEST_NETWORK, vnet, missing, p()))
                .isInstanceOf(ExternalSystemException.class).hasMessageContaining("InvalidTemplate")
                .hasMessageContaining("'subnetPrefix' is not provided");
        Map<String, Object> unknown = new HashMap<>(params);
        unknown.put("dnsServers", List.of("10.0.0.4"));
        assertThatThrownBy(() -> deployer.deploy(ArmTemplate.TEST_NETWORK, vnet, unknown, p()))
                .isInstanceOf(ExternalSystemException.class).hasMessageContaining("InvalidTemplate")
                .hasMessageContaining("'dnsServers'");
        assertThat(arm.resources()).noneMatch(r -> r.id().endsWith("tpl-vnet-2"));
    }
}
