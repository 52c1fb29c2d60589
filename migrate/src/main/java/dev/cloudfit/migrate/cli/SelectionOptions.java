package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.run.RunSettings;
import dev.cloudfit.migrate.run.Shard;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** Which approved VMs a command takes, and the limits of a run. */
public final class SelectionOptions {

    @Option(names = "--wave", paramLabel = "N", description = "Only the VMs of this wave.")
    Integer wave;

    @Option(names = "--vm", paramLabel = "NAME", description = "Only this VM (its name or instance UUID).")
    String vm;

    @Option(names = "--shard", paramLabel = "i/n", description = "A deterministic share of the VMs (by instance UUID), e.g. 0/4.")
    String shard;

    @Option(names = "--vms-at-once", paramLabel = "N", defaultValue = "4", description = "VMs migrated at once (default 4).")
    int vmsAtOnce;

    @Option(names = "--disks-per-host", paramLabel = "N", defaultValue = "" + RunSettings.DEFAULT_DISKS_PER_HOST,
            description = "Disks copied at once from one ESXi host (default ${DEFAULT-VALUE}).")
    int disksPerHost;

    @Option(names = "--snapshots-per-datastore", paramLabel = "N", defaultValue = "4",
            description = "Snapshots taken at once on one datastore (default 4).")
    int snapshotsPerDatastore;

    @Option(names = "--disks", paramLabel = "N", defaultValue = "16", description = "Disks copied at once overall (default 16).")
    int disks;

    @Option(names = "--arm-writes", paramLabel = "N", defaultValue = "4",
            description = "Azure Resource Manager writes at once per subscription (default 4).")
    int armWrites;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", description = "Put Page requests in flight per disk (default 4).")
    int parallel;

    RunSettings settings(RunMode mode) {
        return new RunSettings(mode, wave == null ? OptionalInt.empty() : OptionalInt.of(wave), Optional.ofNullable(vm),
                shard == null ? Shard.ALL : Shard.parse(shard), vmsAtOnce, disksPerHost, snapshotsPerDatastore, disks,
                armWrites, parallel, Duration.ofHours(24));
    }
}
