package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.journal.RunMode;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a run goes: which VMs (wave, one VM, a shard), test or production, and the limits: VMs at
 * once, disks in flight per ESXi host (Azure Migrate's 8), snapshots per datastore, disks overall,
 * ARM writes at once per subscription, Put Page requests in flight per disk.
 */
public record RunSettings(RunMode mode, OptionalInt wave, Optional<String> vm, Shard shard, int vmsAtOnce,
        int disksPerHost, int snapshotsPerDatastore, int disksOverall, int armWrites, int uploadParallel,
        Duration uploadAccess) {

    public static final int DEFAULT_DISKS_PER_HOST = 8;

    public RunSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(shard, "shard");
        Objects.requireNonNull(uploadAccess, "uploadAccess");
        for (int n : new int[] {vmsAtOnce, disksPerHost, snapshotsPerDatastore, disksOverall, armWrites, uploadParallel}) {
            if (n < 1) {
                throw new IllegalArgumentException("every limit is at least 1");
            }
        }
    }

    public static RunSettings defaults(RunMode mode) {
        return new RunSettings(mode, OptionalInt.empty(), Optional.empty(), Shard.ALL, 4, DEFAULT_DISKS_PER_HOST, 4, 16,
                4, 4, Duration.ofHours(24));
    }

    public RunSettings withMode(RunMode m) {
        return new RunSettings(m, wave, vm, shard, vmsAtOnce, disksPerHost, snapshotsPerDatastore, disksOverall, armWrites,
                uploadParallel, uploadAccess);
    }
}
