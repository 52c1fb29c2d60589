package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Host;
import java.util.List;

/**
 * One vSphere cluster of the generated estate, with its datacenter, its purpose ({@code Prod},
 * {@code NonProd}, {@code DMZ}, {@code Mgmt}), its hosts (one hardware generation per cluster, as
 * EVC and vMotion encourage), its datastores and the port groups its VMs can use.
 */
record ClusterSite(
        int datacenterIndex,
        String datacenter,
        String siteCode,
        String name,
        String purpose,
        ServerModel server,
        List<Host> hosts,
        List<String> datastores,
        List<PortGroup> networks) {

    ClusterSite {
        hosts = List.copyOf(hosts);
        datastores = List.copyOf(datastores);
        networks = List.copyOf(networks);
    }

    boolean isManagement() {
        return "Mgmt".equals(purpose);
    }
}
