package dev.cloudfit.migrate.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Clouds, endpoints, subscription ids and timing defaults; the default credential chain without credentials. */
@WithAzurite
class AzureConnectionTest {

    private static final String SUB = "0b1f6471-1bf0-4dda-aec3-cb9272f09590";

    @Test
    void cloudsAreNamedAsTheAzureCliNamesThem() {
        assertThat(AzureCloud.fromOption("AzureCloud")).isEqualTo(AzureCloud.AZURE_CLOUD);
        assertThat(AzureCloud.fromOption("azurechinacloud")).isEqualTo(AzureCloud.AZURE_CHINA_CLOUD);
        assertThat(AzureCloud.fromOption("AzureUSGovernment")).isEqualTo(AzureCloud.AZURE_US_GOVERNMENT);
        assertThatThrownBy(() -> AzureCloud.fromOption("AzureGermanCloud")).isInstanceOf(BadInputException.class)
                .hasMessage("--azure-environment: 'AzureGermanCloud' is not an Azure cloud; use one of AzureCloud, AzureChinaCloud, AzureUSGovernment");
    }

    @Test
    void eachCloudHasItsOwnEndpointsAndAnOverrideReplacesOnlyResourceManager() {
        assertThat(ArmClients.environment(AzureConnection.of(AzureCloud.AZURE_CHINA_CLOUD, SUB)).getResourceManagerEndpoint())
                .isEqualTo("https://management.chinacloudapi.cn/");
        assertThat(ArmClients.environment(AzureConnection.of(AzureCloud.AZURE_US_GOVERNMENT, SUB)).getActiveDirectoryEndpoint())
                .isEqualTo("https://login.microsoftonline.us/");
        var overridden = ArmClients.environment(new AzureConnection(AzureCloud.AZURE_CLOUD, SUB,
                URI.create("https://127.0.0.1:8443/"), AzureConnection.Timing.defaults()));
        assertThat(overridden.getResourceManagerEndpoint()).isEqualTo("https://127.0.0.1:8443/");
        assertThat(overridden.getActiveDirectoryEndpoint()).isEqualTo("https://login.microsoftonline.com/");
    }

    @Test
    void plainHttpEndpointsAndMalformedSubscriptionsAreRefused() {
        assertThatThrownBy(() -> new AzureConnection(AzureCloud.AZURE_CLOUD, SUB, URI.create("http://127.0.0.1:8080/"),
                AzureConnection.Timing.defaults())).isInstanceOf(BadInputException.class).hasMessageContaining("must be an https:// URL");
        assertThatThrownBy(() -> AzureConnection.of(AzureCloud.AZURE_CLOUD, "my-subscription"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a subscription id");
    }

    @Test
    void timingDefaultsArePinned() {
        assertThat(AzureConnection.Timing.defaults()).isEqualTo(new AzureConnection.Timing(Duration.ofSeconds(10),
                Duration.ofMillis(800), 4, Duration.ofSeconds(60), Duration.ofMinutes(30)));
    }

    @Test
    void withoutAnyCredentialTheErrorSaysHowToProvideOne(Azurite azurite) {
        // the developer-tool credentials only: probing for a managed identity takes ~40 s where there is none
        System.setProperty("AZURE_TOKEN_CREDENTIALS", "dev");
        try (LocalArm arm = LocalArm.start(azurite)) {
            List<AzureAction> journal = new ArrayList<>();
            AzureAdapter adapter = AzureAdapter.connect(new AzureConnection(AzureCloud.AZURE_CLOUD, arm.subscriptionId(),
                    arm.endpoint(), AzureTestbed.fast()), journal::add);
            AzureResourceId disk = new AzureResourceId(arm.subscriptionId(), "rg", AzureResourceId.DISK, "d");

            assertThatThrownBy(() -> adapter.disk(disk)).isInstanceOf(ExternalSystemException.class)
                    .hasMessageStartingWith("reading disk 'd' (resource group rg) failed: no usable Azure credential")
                    .hasMessageContaining("run 'az login'").hasMessageNotContaining("\n");
            assertThat(arm.requests()).isEmpty();
            assertThat(journal).isEmpty();
        } finally {
            System.clearProperty("AZURE_TOKEN_CREDENTIALS");
        }
    }

    @Test
    void provenanceTagsAndOwnership() {
        UUID vm = UUID.randomUUID();
        Provenance p = new Provenance("plan-1", vm, "0".repeat(64));
        assertThat(p.tags()).containsEntry("cloudfit-plan", "plan-1").containsEntry("cloudfit-vm", vm.toString())
                .containsEntry("cloudfit-workbook-sha256", "0".repeat(64)).hasSize(3);
        assertThat(p.owns(new Provenance("plan-1", vm, "1".repeat(64)).tags())).isTrue();
        assertThat(p.owns(new Provenance("plan-2", vm, "0".repeat(64)).tags())).isFalse();
        assertThat(p.owns(null)).isFalse();
        assertThatThrownBy(() -> new Provenance("plan-1", vm, "ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
