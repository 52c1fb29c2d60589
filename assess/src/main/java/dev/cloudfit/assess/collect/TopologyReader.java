package dev.cloudfit.assess.collect;

import dev.cloudfit.vsphere.property.ObjectContent;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertySpec;
import dev.cloudfit.vsphere.property.RetrieveOptions;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.view.ContainerView;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@link Topology} in one paged retrieval over one container view, and keeps the hosts'
 * contents for {@link HostMapper}. Container views list exact types on some servers (govmomi's
 * simulator) and subtypes as well on vCenter, so every concrete type is named.
 */
final class TopologyReader {

    static final List<String> TYPES = List.of("Folder", "Datacenter", "ComputeResource", "ClusterComputeResource",
            "HostSystem", "Datastore", "Network", "DistributedVirtualPortgroup", "OpaqueNetwork", "ResourcePool",
            "VirtualApp");

    /** The host properties {@link HostMapper} reads. */
    static final List<String> HOST_PATHS = List.of("name", "parent", "summary.hardware.cpuModel",
            "summary.hardware.numCpuPkgs", "summary.hardware.numCpuCores", "summary.hardware.cpuMhz",
            "summary.hardware.memorySize", "summary.config.product.fullName");

    /** What one read gives: the topology and the hosts as vCenter sent them. */
    record Result(Topology topology, List<ObjectContent> hosts) {
    }

    private TopologyReader() {
    }

    static Result read(VcenterSession session, RetrieveOptions options) {
        List<PropertySpec> specs = new ArrayList<>();
        for (String type : TYPES) {
            if (type.equals("HostSystem")) {
                specs.add(new PropertySpec(type, HOST_PATHS));
            } else if (type.equals("DistributedVirtualPortgroup")) {
                specs.add(PropertySpec.of(type, "name", "parent", "key"));
            } else {
                specs.add(PropertySpec.of(type, "name", "parent"));
            }
        }
        Topology topology = new Topology();
        List<ObjectContent> hosts = new ArrayList<>();
        try (ContainerView view = ContainerView.create(session, session.serviceContent().rootFolder(), TYPES, true)) {
            new PropertyCollector(session).retrieve(view, specs, options, o -> {
                String name = o.text("name").orElse(o.object().value());
                topology.add(new Topology.Node(o.object(), name, o.reference("parent").orElse(null)));
                if (o.object().type().equals("HostSystem")) {
                    hosts.add(o);
                }
                o.text("key").filter(k -> o.object().type().equals("DistributedVirtualPortgroup"))
                        .ifPresent(k -> topology.addPortgroupKey(k, name));
            });
        }
        // the root folder is not in a view of itself
        topology.add(new Topology.Node(session.serviceContent().rootFolder(), "Datacenters", null));
        return new Result(topology, hosts);
    }
}
