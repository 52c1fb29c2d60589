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
        return new AzureConnection(AzureCloud.fromOption(environment), subscription, endpoint,
                AzureConnection.Timing.defaults());
    }

    AzureAdapter connect() {
        return AzureAdapter.connect(connection(), action -> { });
    }
}
