package dev.cloudfit.vsphere.perf;

import java.util.Objects;

/**
 * One metric of an entity: a counter key and an instance ({@code ""} for the aggregate, a disk such
 * as {@code scsi0:0}, a NIC device key such as {@code 4000}, a CPU number).
 *
 * @param counterKey the counter's key in this vCenter's catalogue
 * @param instance the instance, {@code ""} for the entity as a whole
 */
public record PerfMetricId(int counterKey, String instance) {

    /** The instance name of an entity-wide (aggregate) metric. */
    public static final String AGGREGATE = "";

    public PerfMetricId {
        Objects.requireNonNull(instance, "instance");
    }

    public boolean isAggregate() {
        return instance.isEmpty();
    }
}
