package dev.cloudfit.assess.inventory;

import java.util.List;

/** A virtual network adapter, with the addresses VMware Tools reports on it. */
public record Nic(
        String label,
        String network,
        String adapterType,
        String macAddress,
        boolean connected,
        List<String> ipv4,
        List<String> ipv6) {

    public Nic {
        ipv4 = List.copyOf(ipv4);
        ipv6 = List.copyOf(ipv6);
    }
}
