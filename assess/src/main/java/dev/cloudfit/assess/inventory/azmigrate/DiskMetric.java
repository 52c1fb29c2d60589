package dev.cloudfit.assess.inventory.azmigrate;

import java.util.Optional;

/**
 * The five columns of a template disk group {@code Disk N ...}: size in GB, read and write
 * throughput in MB per second, read and write operations per second.
 */
enum DiskMetric {
    SIZE("size", AzureMigrateField.Kind.SIZE_GB),
    READ_THROUGHPUT("read throughput", AzureMigrateField.Kind.RATE_MB),
    WRITE_THROUGHPUT("write throughput", AzureMigrateField.Kind.RATE_MB),
    READ_OPS("read ops", AzureMigrateField.Kind.OPS),
    WRITE_OPS("write ops", AzureMigrateField.Kind.OPS);

    private final String name;
    private final AzureMigrateField.Kind kind;

    DiskMetric(String name, AzureMigrateField.Kind kind) {
        this.name = name;
        this.kind = kind;
    }

    AzureMigrateField.Kind kind() {
        return kind;
    }

    /** The metric a normalized base name such as {@code read ops} stands for. */
    static Optional<DiskMetric> byName(String normalizedName) {
        for (DiskMetric m : values()) {
            if (m.name.equals(normalizedName)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
