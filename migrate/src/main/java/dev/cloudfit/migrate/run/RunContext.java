package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.source.SourceVm;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * What the VMs of one run share: the settings, the workspace, the listener, and the limits — disks
 * in flight per ESXi host and overall, snapshots per datastore, ARM writes at once. A disk's slot
 * is released as soon as its copy ends.
 */
final class RunContext {

    private final RunSettings settings;
    private final MigrateWorkspace workspace;
    private final RunListener listener;
    private final KeyedLimits disksPerHost;
    private final KeyedLimits snapshotsPerDatastore;
    private final Semaphore disksOverall;
    private final Semaphore armWrites;

    RunContext(RunSettings settings, MigrateWorkspace workspace, RunListener listener) {
        this.settings = settings;
        this.workspace = workspace;
        this.listener = listener;
        this.disksPerHost = new KeyedLimits(settings.disksPerHost());
        this.snapshotsPerDatastore = new KeyedLimits(settings.snapshotsPerDatastore());
        this.disksOverall = new Semaphore(settings.disksOverall(), true);
        this.armWrites = new Semaphore(settings.armWrites(), true);
    }

    RunSettings settings() {
        return settings;
    }

    MigrateWorkspace workspace() {
        return workspace;
    }

    RunListener listener() {
        return listener;
    }

    /** A slot for one disk copy on this ESXi host, also counted against the overall limit. */
    KeyedLimits.Slot diskSlot(String host) throws InterruptedException {
        disksOverall.acquire();
        try {
            KeyedLimits.Slot slot = disksPerHost.acquire(host);
            return () -> {
                slot.close();
                disksOverall.release();
            };
        } catch (InterruptedException e) {
            disksOverall.release();
            throw e;
        }
    }

    /** Takes a snapshot within the per-datastore limit (the OS disk's datastore). */
    String snapshot(SourceVm source, PlannedVm vm, String name) {
        String datastore = vm.disks().isEmpty() ? "" : vm.disks().get(0).fileName().replaceAll("^\\[([^]]*)].*", "$1");
        try (KeyedLimits.Slot slot = snapshotsPerDatastore.acquire(datastore)) {
            return source.takeSnapshot(vm.moRef(), name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting to snapshot " + vm.name());
        }
    }

    /** Runs one ARM write within the per-subscription limit. */
    <T> T arm(Supplier<T> call) {
        try {
            armWrites.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while waiting to call Azure");
        }
        try {
            return call.get();
        } finally {
            armWrites.release();
        }
    }
}
