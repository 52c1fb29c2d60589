package dev.cloudfit.migrate.cli;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.azure.AzureCloud;
import dev.cloudfit.migrate.azure.AzureConnection;
import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Option;

/**
 * Where the VMs go: the subscription and cloud; credentials come from {@code DefaultAzureCredential}
 * (environment, workload or managed identity, Azure CLI login), never from an argument.
 */
public final class AzureOptions {

    @Option(names = "--subscription", paramLabel = "ID", description = "The Azure subscription (a GUID).")
    String subscription;

    @Option(names = "--azure-environment", paramLabel = "CLOUD", defaultValue = "AzureCloud",
            description = "AzureCloud (default), AzureChinaCloud or AzureUSGovernment.")
    String environment;

    @Option(names = "--arm-endpoint", paramLabel = "URL", hidden = true,
            description = "Another Azure Resource Manager endpoint (https), e.g. a local stand-in for tests.")
    String armEndpoint;

    @Option(names = "--arm-certificate", paramLabel = "PEM", hidden = true,
            description = "With --arm-endpoint: the stand-in's certificate, its only trust anchor; the bearer token is"
                    + " then read from CLOUDFIT_ARM_TOKEN (demo --migrate and process tests).")
    java.nio.file.Path armCertificate;

    boolean given() {
        return subscription != null;
    }

    AzureConnection connection() {
        if (subscription == null) {
            throw new BadInputException("--subscription is needed: the Azure subscription the VMs go to");
        }
        URI endpoint = null;
        if (armEndpoint != null) {
            try {
                endpoint = new URI(armEndpoint);
            } catch (URISyntaxException e) {
                throw new BadInputException("--arm-endpoint: not a URL: " + armEndpoint);
            }
        }
        return new AzureConnection(AzureCloud.fromOption(environment), subscription, endpoint, timing());
    }

    /** Azure's pace, or a stand-in's (given with --arm-certificate): it answers at once, so polls are short. */
    AzureConnection.Timing timing() {
        AzureConnection.Timing azure = AzureConnection.Timing.defaults();
        if (armCertificate == null) {
            return azure;
        }
        return new AzureConnection.Timing(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(100),
                azure.maxRetries(), azure.responseTimeout(), azure.operationTimeout());
    }

    AzureAdapter connect() {
        if (armCertificate != null) {
            if (armEndpoint == null) {
                throw new BadInputException("--arm-certificate is only for a stand-in given with --arm-endpoint");
            }
            return AzureAdapter.withAccessToken(connection(), PinnedArm.token(), PinnedArm.trusting(armCertificate),
                    action -> { });
        }
        return AzureAdapter.connect(connection(), action -> { });
    }
}
