package dev.cloudfit.migrate.azure;

import java.util.Objects;

/**
 * An isolated virtual network for a test migration: one subnet, no peering, no gateway, so a test
 * VM cannot reach production.
 *
 * @param vnet          the virtual network's id
 * @param region        its region
 * @param addressPrefix its address space, e.g. {@code 10.250.0.0/16}
 * @param subnet        its only subnet's name
 * @param subnetPrefix  the subnet's prefix, e.g. {@code 10.250.1.0/24}
 */
public record TestNetwork(AzureResourceId vnet, String region, String addressPrefix, String subnet, String subnetPrefix) {

    public TestNetwork {
        Objects.requireNonNull(vnet, "vnet");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(addressPrefix, "addressPrefix");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(subnetPrefix, "subnetPrefix");
    }

    /** @return the subnet VMs of the test migration join */
    public SubnetRef subnetRef() {
        return new SubnetRef(vnet, subnet);
    }
}
