package dev.cloudfit.migrate.azure;

import dev.cloudfit.core.error.BadInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The Azure cloud to work in, named as the Azure CLI names it ({@code az cloud list}):
 * {@code --azure-environment AzureCloud|AzureChinaCloud|AzureUSGovernment}.
 */
public enum AzureCloud {
    /** Azure's global cloud. */
    AZURE_CLOUD("AzureCloud"),
    /** Azure operated by 21Vianet. */
    AZURE_CHINA_CLOUD("AzureChinaCloud"),
    /** Azure Government (US). */
    AZURE_US_GOVERNMENT("AzureUSGovernment");

    private final String cliName;

    AzureCloud(String cliName) {
        this.cliName = cliName;
    }

    /** @return the name the Azure CLI and {@code --azure-environment} use */
    public String cliName() {
        return cliName;
    }

    /**
     * @param name a value of {@code --azure-environment} (case-insensitive)
     * @return the cloud
     * @throws BadInputException naming the accepted values
     */
    public static AzureCloud fromOption(String name) {
        for (AzureCloud cloud : values()) {
            if (cloud.cliName.equalsIgnoreCase(name)) {
                return cloud;
            }
        }
        throw new BadInputException("--azure-environment: '" + name + "' is not an Azure cloud; use one of "
                + Arrays.stream(values()).map(AzureCloud::cliName).collect(Collectors.joining(", ")));
    }
}
