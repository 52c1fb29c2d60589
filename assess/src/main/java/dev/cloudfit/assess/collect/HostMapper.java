package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Frequency;
import dev.cloudfit.vsphere.property.ObjectContent;

/**
 * A {@code HostSystem} as an inventory {@link Host}: CPU model, packages (sockets), cores in all,
 * speed per core and memory from {@code summary.hardware}, the ESXi build from
 * {@code summary.config.product.fullName}; datacenter and cluster from its parents.
 */
final class HostMapper {

    private HostMapper() {
    }

    static Host map(ObjectContent host, Topology topology) {
        String name = host.text("name").orElse(host.object().value());
        String datacenter = topology.ancestor(host.object(), "Datacenter").map(Topology.Node::name).orElse(null);
        String cluster = host.reference("parent").filter(p -> p.type().equals("ClusterComputeResource"))
                .flatMap(topology::name).orElse(null);
        long mhz = host.longValue("summary.hardware.cpuMhz").orElse(0L);
        long bytes = host.longValue("summary.hardware.memorySize").orElse(0L);
        return new Host(name, datacenter, cluster,
                host.text("summary.hardware.cpuModel").map(String::strip).filter(s -> !s.isEmpty()).orElse(null),
                Math.max(0, host.intValue("summary.hardware.numCpuPkgs").orElse(0)),
                Math.max(0, host.intValue("summary.hardware.numCpuCores").orElse(0)),
                Frequency.ofMegahertz(Math.max(0, mhz)),
                DataSize.ofBytes(Math.max(0, bytes)),
                host.text("summary.config.product.fullName").orElse(null));
    }
}
