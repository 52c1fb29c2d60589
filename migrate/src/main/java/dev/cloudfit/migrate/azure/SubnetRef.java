package dev.cloudfit.migrate.azure;

import java.util.Objects;

/**
 * A subnet of a virtual network.
 *
 * @param vnet   the virtual network's id
 * @param subnet the subnet's name
 */
public record SubnetRef(AzureResourceId vnet, String subnet) {

    public SubnetRef {
        Objects.requireNonNull(vnet, "vnet");
        Objects.requireNonNull(subnet, "subnet");
        if (!vnet.type().equals(AzureResourceId.VNET)) {
            throw new IllegalArgumentException("not a virtual network id: " + vnet);
        }
    }

    /** @return the subnet's ARM id */
    public String id() {
        return vnet + "/subnets/" + subnet;
    }

    @Override
    public String toString() {
        return "subnet '" + subnet + "' of virtual network '" + vnet.name() + "' (resource group " + vnet.resourceGroup() + ")";
    }
}
