package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates a synthetic VMware estate, deterministically: the same {@link GeneratorSettings} always
 * give the same hosts and the same VMs, field for field. Hosts are made once (a few thousand at
 * most); VMs are made on demand from their index, so {@link #vms()} streams any number of them in
 * constant memory and {@link #vm(int)} makes any one again.
 *
 * <p>The mix is realistic (see {@link VmKind}): mostly ordinary Windows and Linux servers, some
 * templates, a few appliances and a few VMs that cannot move to an Azure VM as they are; from 200
 * VMs on, every kind is present. {@link #mix()} gives the exact counts.
 */
public final class EstateGenerator {

    /** The inventory source kind of a generated estate. */
    public static final String SOURCE_KIND = "synthetic";

    private final GeneratorSettings settings;
    private final EstateTopology topology;
    private final KindPlan plan;
    private final VmFactory factory;

    public EstateGenerator(GeneratorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.topology = TopologyBuilder.build(settings);
        this.plan = KindPlan.of(settings);
        this.factory = new VmFactory(settings, topology, plan);
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** The vCenter the estate claims to come from (RVTools' "VI SDK Server"). */
    public String vcenter() {
        return topology.vcenter();
    }

    /** The vCenter's instance UUID (RVTools' "VI SDK UUID"). */
    public String vcenterUuid() {
        return topology.vcenterUuid();
    }

    /** Datacenters, clusters, host hardware and networks: for the writers in this package. */
    EstateTopology topology() {
        return topology;
    }

    /** Every ESXi host, by datacenter and cluster. */
    public List<Host> hosts() {
        return topology.hosts();
    }

    public List<String> datacenters() {
        return topology.datacenters();
    }

    public int vmCount() {
        return settings.vmCount();
    }

    /** The VM at {@code index} (0-based), made afresh. */
    public GeneratedVm vm(int index) {
        Objects.checkIndex(index, settings.vmCount());
        return factory.make(index);
    }

    /** All VMs in index order, made one at a time as the stream is consumed. */
    public Stream<GeneratedVm> vms() {
        return IntStream.range(0, settings.vmCount()).mapToObj(factory::make);
    }

    /** How many VMs of each kind the estate holds (every kind is a key, counts may be 0). */
    public Map<VmKind, Integer> mix() {
        return plan.counts();
    }

    /** The custom attribute names every VM has, in column order. */
    public List<String> customAttributeNames() {
        return Labels.CUSTOM_ATTRIBUTES;
    }

    /** The tag categories VMs are tagged in, in column order. */
    public List<String> tagCategories() {
        return Labels.TAG_CATEGORIES;
    }

    /**
     * The whole estate as one {@link Inventory}: every VM in memory at once, so for tests, demos and
     * estates of modest size. Writers use {@link #vms()} instead.
     */
    public Inventory inventory() {
        return new Inventory(vms().map(GeneratedVm::vm).toList(), hosts(), source());
    }

    /** Where the inventory came from: this generator, its VM count and seed. */
    public InventorySource source() {
        return new InventorySource(SOURCE_KIND, "generated estate, " + settings.vmCount() + " VMs, seed " + settings.seed(),
                null, null, Map.of(), List.of());
    }
}
