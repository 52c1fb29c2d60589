package dev.cloudfit.assess.inventory;

import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A virtual machine as inventoried. {@code vcpus} and {@code coresPerSocket} are 0 when the source
 * does not say; {@code memory}, {@code provisioned} and {@code inUse} are {@link DataSize#ZERO} then.
 * {@code provisioned} is what vSphere commits on datastores (more than the disks: swap, logs,
 * snapshots); {@code inUse} is what is actually used.
 */
public record Vm(
        VmIdentity identity,
        PowerState powerState,
        boolean template,
        int vcpus,
        int coresPerSocket,
        DataSize memory,
        Firmware firmware,
        GuestOs guestOs,
        int hardwareVersion,
        Placement placement,
        String annotation,
        Map<String, String> customAttributes,
        List<Tag> tags,
        List<Disk> disks,
        List<Nic> nics,
        List<Partition> partitions,
        DataSize provisioned,
        DataSize inUse) {

    public Vm {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(powerState, "powerState");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(guestOs, "guestOs");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(provisioned, "provisioned");
        Objects.requireNonNull(inUse, "inUse");
        if (vcpus < 0 || coresPerSocket < 0 || hardwareVersion < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        customAttributes = Map.copyOf(customAttributes);
        tags = List.copyOf(tags);
        disks = List.copyOf(disks);
        nics = List.copyOf(nics);
        partitions = List.copyOf(partitions);
    }

    public String name() {
        return identity.name();
    }

    /** The sum of the virtual disks' capacities; falls back to {@code provisioned} without disk rows. */
    public DataSize diskCapacity() {
        if (disks.isEmpty()) {
            return provisioned;
        }
        DataSize total = DataSize.ZERO;
        for (Disk d : disks) {
            total = total.plus(d.capacity());
        }
        return total;
    }

    public static Builder builder(VmIdentity identity) {
        return new Builder(identity);
    }

    public Builder toBuilder() {
        Builder b = new Builder(identity);
        b.powerState = powerState;
        b.template = template;
        b.vcpus = vcpus;
        b.coresPerSocket = coresPerSocket;
        b.memory = memory;
        b.firmware = firmware;
        b.guestOs = guestOs;
        b.hardwareVersion = hardwareVersion;
        b.placement = placement;
        b.annotation = annotation;
        b.customAttributes.putAll(customAttributes);
        b.tags.addAll(tags);
        b.disks.addAll(disks);
        b.nics.addAll(nics);
        b.partitions.addAll(partitions);
        b.provisioned = provisioned;
        b.inUse = inUse;
        return b;
    }

    /** Collects a VM's fields while a source is read; {@link #build()} gives the immutable record. */
    public static final class Builder {
        private final VmIdentity identity;
        private PowerState powerState = PowerState.UNKNOWN;
        private boolean template;
        private int vcpus;
        private int coresPerSocket;
        private DataSize memory = DataSize.ZERO;
        private Firmware firmware = Firmware.UNKNOWN;
        private GuestOs guestOs = new GuestOs(null, null);
        private int hardwareVersion;
        private Placement placement = Placement.UNKNOWN;
        private String annotation;
        private final Map<String, String> customAttributes = new LinkedHashMap<>();
        private final List<Tag> tags = new ArrayList<>();
        private final List<Disk> disks = new ArrayList<>();
        private final List<Nic> nics = new ArrayList<>();
        private final List<Partition> partitions = new ArrayList<>();
        private DataSize provisioned = DataSize.ZERO;
        private DataSize inUse = DataSize.ZERO;

        private Builder(VmIdentity identity) {
            this.identity = Objects.requireNonNull(identity);
        }

        public Builder powerState(PowerState v) { this.powerState = v; return this; }
        public Builder template(boolean v) { this.template = v; return this; }
        public Builder vcpus(int v) { this.vcpus = v; return this; }
        public Builder coresPerSocket(int v) { this.coresPerSocket = v; return this; }
        public Builder memory(DataSize v) { this.memory = v; return this; }
        public Builder firmware(Firmware v) { this.firmware = v; return this; }
        public Builder guestOs(GuestOs v) { this.guestOs = v; return this; }
        public Builder hardwareVersion(int v) { this.hardwareVersion = v; return this; }
        public Builder placement(Placement v) { this.placement = v; return this; }
        public Builder annotation(String v) { this.annotation = v; return this; }
        public Builder customAttribute(String key, String value) { this.customAttributes.put(key, value); return this; }
        public Builder customAttributeIfAbsent(String key, String value) { this.customAttributes.putIfAbsent(key, value); return this; }
        public Builder tag(Tag v) { this.tags.add(v); return this; }
        public Builder disks(List<Disk> v) { this.disks.clear(); this.disks.addAll(v); return this; }
        public Builder disk(Disk v) { this.disks.add(v); return this; }
        public Builder nics(List<Nic> v) { this.nics.clear(); this.nics.addAll(v); return this; }
        public Builder nic(Nic v) { this.nics.add(v); return this; }
        public Builder partitions(List<Partition> v) { this.partitions.clear(); this.partitions.addAll(v); return this; }
        public Builder partition(Partition v) { this.partitions.add(v); return this; }
        public Builder provisioned(DataSize v) { this.provisioned = v; return this; }
        public Builder inUse(DataSize v) { this.inUse = v; return this; }

        public int vcpus() { return vcpus; }
        public DataSize memory() { return memory; }
        public List<Disk> disks() { return List.copyOf(disks); }
        public List<Nic> nics() { return List.copyOf(nics); }

        public Vm build() {
            return new Vm(identity, powerState, template, vcpus, coresPerSocket, memory, firmware, guestOs,
                    hardwareVersion, placement, annotation, customAttributes, tags, disks, nics, partitions,
                    provisioned, inUse);
        }
    }
}
