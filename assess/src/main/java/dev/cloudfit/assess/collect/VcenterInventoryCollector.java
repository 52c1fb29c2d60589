package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.vsphere.property.ObjectContent;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertySpec;
import dev.cloudfit.vsphere.property.RetrievalLostException;
import dev.cloudfit.vsphere.property.RetrieveOptions;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.view.ContainerView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a vCenter's inventory into the inventory model: first the topology (folders, datacenters,
 * clusters, hosts, datastores, networks: names and parents, one paged retrieval), then every VM
 * through a container view, paged, each VM mapped as it arrives. Only named property paths are
 * asked for ({@link VmProperties}, {@link TopologyReader}).
 *
 * <p>If the session is lost between VM pages (vCenter restarted its session service, an admin
 * terminated it), the view is made again and the VMs read again once; VMs are keyed by reference,
 * so none counts twice. Tags are not read here (they come from the REST API).
 */
public final class VcenterInventoryCollector {

    /** Warnings kept as examples; the rest are only counted. */
    static final int WARNING_SAMPLE = 50;

    private final VcenterSession session;
    private final String vcenterName;
    private final RetrieveOptions options;

    /**
     * @param session a logged-in session
     * @param vcenterName the name VM identities carry as their vCenter (the server name the user gave, as RVTools does)
     * @param options page size for the retrievals
     */
    public VcenterInventoryCollector(VcenterSession session, String vcenterName, RetrieveOptions options) {
        this.session = Objects.requireNonNull(session, "session");
        this.vcenterName = Objects.requireNonNull(vcenterName, "vcenterName");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Reads the whole inventory. */
    public CollectedInventory collect(InventoryProgress progress) {
        TopologyReader.Result frame = TopologyReader.read(session, options);
        Topology topology = frame.topology();
        Warnings warnings = new Warnings();
        VmMapper mapper = new VmMapper(vcenterName, topology, CustomFieldNames.read(session));
        Map<ManagedObjectReference, CollectedVm> vms = new LinkedHashMap<>();
        try {
            readVms(mapper, vms, warnings, progress);
        } catch (RetrievalLostException lost) {
            readVms(mapper, vms, warnings, progress); // a new view in the new session; keyed by reference
        }
        List<Host> hosts = new ArrayList<>();
        for (ObjectContent h : frame.hosts()) {
            hosts.add(HostMapper.map(h, topology));
        }
        List<Vm> models = vms.values().stream().map(CollectedVm::vm).toList();
        InventorySource source = new InventorySource(InventorySource.VCENTER, vcenterName, null,
                session.serviceContent().about().fullName(), fieldSources(), warnings.sample, warnings.counts);
        return new CollectedInventory(new Inventory(models, hosts, source), List.copyOf(vms.values()),
                session.serviceContent().about());
    }

    private void readVms(VmMapper mapper, Map<ManagedObjectReference, CollectedVm> vms, Warnings warnings,
                         InventoryProgress progress) {
        try (ContainerView view = ContainerView.create(session, session.serviceContent().rootFolder(),
                List.of("VirtualMachine"), true)) {
            PropertyCollector collector = new PropertyCollector(session);
            int total = collector.readOne(view.reference(), "view").map(v -> v.elements().size()).orElse(0);
            progress.started(total);
            collector.retrieve(view, List.of(new PropertySpec("VirtualMachine", VmProperties.PATHS)), options, o -> {
                if (!vms.containsKey(o.object())) {
                    vms.put(o.object(), mapper.map(o, warnings::add));
                    progress.vmCollected(vms.size());
                }
            });
        }
    }

    private static Map<String, List<String>> fieldSources() {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        sources.put("identity", List.of("VirtualMachine: name, config.instanceUuid, config.uuid, MoRef"));
        sources.put("vcpus", List.of("VirtualMachine: config.hardware.numCPU"));
        sources.put("memory", List.of("VirtualMachine: config.hardware.memoryMB"));
        sources.put("guestOs", List.of("VirtualMachine: config.guestFullName, guest.guestFullName"));
        sources.put("disks", List.of("VirtualMachine: config.hardware.device (VirtualDisk)"));
        sources.put("nics", List.of("VirtualMachine: config.hardware.device (Ethernet cards), guest.net"));
        sources.put("partitions", List.of("VirtualMachine: guest.disk"));
        sources.put("provisioned", List.of("VirtualMachine: summary.storage.committed + uncommitted"));
        sources.put("inUse", List.of("VirtualMachine: summary.storage.committed"));
        sources.put("placement", List.of("VirtualMachine: parent, runtime.host; names and parents from a container view"));
        sources.put("customAttributes", List.of("VirtualMachine: customValue; CustomFieldsManager: field"));
        sources.put("hosts", List.of("HostSystem: summary.hardware, summary.config.product.fullName"));
        return sources;
    }

    /** A sample of warnings and the count of each code. */
    private static final class Warnings {
        final List<ImportWarning> sample = new ArrayList<>();
        final Map<String, Long> counts = new LinkedHashMap<>();

        void add(ImportWarning w) {
            counts.merge(w.code(), 1L, Long::sum);
            if (sample.size() < WARNING_SAMPLE) {
                sample.add(w);
            }
        }
    }
}
