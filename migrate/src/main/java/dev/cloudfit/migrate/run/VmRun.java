package dev.cloudfit.migrate.run;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.azure.AzureResourceId;
import dev.cloudfit.migrate.azure.DiskSku;
import dev.cloudfit.migrate.azure.DiskTarget;
import dev.cloudfit.migrate.azure.LicenseType;
import dev.cloudfit.migrate.azure.NicTarget;
import dev.cloudfit.migrate.azure.OsDisk;
import dev.cloudfit.migrate.azure.UploadGrant;
import dev.cloudfit.migrate.azure.VmDeployment;
import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.migrate.disk.upload.DiskUploader;
import dev.cloudfit.migrate.disk.upload.RetryPolicy;
import dev.cloudfit.migrate.disk.upload.SasUrl;
import dev.cloudfit.migrate.disk.upload.UploadProgress;
import dev.cloudfit.migrate.disk.upload.UploadSettings;
import dev.cloudfit.migrate.disk.upload.UploadSource;
import dev.cloudfit.migrate.disk.upload.WireCounters;
import dev.cloudfit.migrate.itinerary.Itinerary;
import dev.cloudfit.migrate.itinerary.Phase;
import dev.cloudfit.migrate.itinerary.Step;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmProgress;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.source.SourceVm;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Walks one VM's itinerary from the first step its journal does not show done. Each step is
 * journaled STARTED, then what it created or changed, then DONE, every record on disk before the next
 * step begins; Azure resources are "ensured" (looked up by name and tags, adopted when ours), so a
 * step cut short by a crash is simply run again. A failure is journaled with its one-line error and
 * remedy and ends this VM's run; other VMs go on.
 */
final class VmRun {

    private final PlannedVm vm;
    private final AzureTargets targets;
    private final VmJournal journal;
    private final SourceVm source;
    private final AzureAdapter azure;
    private final RunContext context;
    private final Itinerary itinerary;
    private final WarmSteps warm;

    VmRun(PlannedVm vm, AzureTargets targets, VmJournal journal, SourceVm source, AzureAdapter azure, RunContext context) {
        this.vm = vm;
        this.targets = targets;
        this.journal = journal;
        this.source = source;
        this.azure = azure;
        this.context = context;
        boolean warmCopy = targets.mode() == RunMode.PRODUCTION;
        this.itinerary = warmCopy ? Itinerary.warm(vm.disks().size()) : vm.itinerary();
        this.warm = warmCopy ? new WarmSteps(vm, targets, journal, source, azure, context) : null;
    }

    /** @return true when every step is done */
    boolean run(BooleanSupplier stop) {
        return run(stop, null);
    }

    /**
     * @param until the phase to end with, run again even when done ({@code SYNC_DISKS}: another warm
     *        cycle); {@code null}: the whole itinerary
     * @return true when every step up to {@code until} is done
     */
    boolean run(BooleanSupplier stop, Phase until) {
        VmProgress progress = VmProgress.replay(VmJournal.read(journal.file()));
        if (progress.mode().isEmpty() || progress.mode().get() != targets.mode()) {
            journal.append(Event.RUN_STARTED, Map.of("mode", targets.mode().word()));
            progress = VmProgress.replay(VmJournal.read(journal.file()));
        }
        for (Step step : itinerary.steps()) {
            boolean last = until != null && step.phase() == until;
            if (progress.done().contains(step) && !last) {
                continue;
            }
            if (stop.getAsBoolean()) {
                context.listener().step(vm.name(), step, "stopped", "stopped before this step; 'migrate resume' goes on");
                return false;
            }
            journal.append(Event.STARTED, step, last ? Map.of("by", "sync") : Map.of());
            context.listener().step(vm.name(), step, "started", "");
            try {
                execute(step, progress);
            } catch (CloudfitException | java.io.UncheckedIOException | IllegalStateException e) {
                String error = oneLine(e.getMessage());
                String remedy = e instanceof CloudfitException ? "fix what the error names, then 'cloudfit migrate resume'"
                        : "run 'cloudfit migrate resume'; if it fails again, 'cloudfit migrate rollback --vm " + vm.name() + "'";
                journal.append(Event.FAILED, step, Map.of("error", error, "remedy", remedy));
                context.listener().step(vm.name(), step, "failed", error);
                return false;
            }
            journal.append(Event.DONE, step, Map.of());
            context.listener().step(vm.name(), step, "done", "");
            progress = VmProgress.replay(VmJournal.read(journal.file()));
            if (last) {
                return true;
            }
        }
        return true;
    }

    private void execute(Step step, VmProgress progress) {
        switch (step.phase()) {
            case PREPARE_SOURCE -> prepareSource(step, progress);
            case PREPARE_NETWORK -> prepareNetwork(step);
            case CREATE_DISK -> createDisk(step);
            case COPY_DISK -> copyDisk(step, progress);
            case SYNC_DISKS -> warm.cycle(step, progress, false);
            case FINAL_SYNC -> warm.cycle(step, progress, true);
            case SEAL_DISK -> context.arm(() -> azure.finishUpload(targets.disk(step.disk())));
            case CREATE_NIC -> created(step, "nic", context.arm(() -> azure.ensureNic(
                    new NicTarget(targets.nic(), targets.region(), targets.subnet(), targets.staticIp()),
                    targets.provenance())));
            case DEPLOY_VM -> deploy(step);
            case VERIFY -> verify(step, progress);
            default -> throw new IllegalStateException("no executor for " + step);
        }
    }

    private void prepareSource(Step step, VmProgress progress) {
        if (targets.mode() == RunMode.TEST) {
            if (snapshot(progress).isEmpty()) {
                String name = "cloudfit-test-" + vm.instanceUuid();
                String snapshot = context.snapshot(source, vm, name);
                journal.append(Event.CHANGED, step, Map.of("kind", "snapshot", "vm", vm.moRef(), "snapshot", snapshot));
            }
        } else if (warm != null) {
            warm.prepare(step); // the power-off waits for FINAL_SYNC
        } else if (source.powerOff(vm.moRef())) {
            journal.append(Event.CHANGED, step, Map.of("kind", "powered-off", "vm", vm.moRef()));
        }
    }

    private void prepareNetwork(Step step) {
        context.arm(() -> {
            azure.ensureResourceGroup(targets.group(), targets.region(), targets.provenance());
            return null;
        });
        if (targets.mode() == RunMode.TEST) {
            // the plan's network, shared: journaled as used before it is ensured, so a crash in between leaves no network unknown
            journal.append(Event.USED, step, Map.of("id", targets.testNetwork().vnet().toString(), "kind", "vnet"));
            context.arm(() -> azure.ensureTestNetwork(targets.testNetwork(), targets.provenance()));
        } else {
            context.arm(() -> {
                azure.requireSubnet(targets.approvedSubnet());
                return null;
            });
        }
    }

    private void createDisk(Step step) {
        int i = step.disk();
        VmFacts facts = source.inspect(vm.moRef());
        OsDisk os = i == 0 ? new OsDisk(facts.windows() ? OsDisk.OsType.WINDOWS : OsDisk.OsType.LINUX,
                vm.uefi() ? OsDisk.Firmware.UEFI : OsDisk.Firmware.BIOS) : null;
        DiskTarget target = new DiskTarget(targets.disk(i), targets.region(), vm.disks().get(i).capacity(),
                DiskSku.of(DiskSkus.sku(vm.disks().get(i).diskType())), os, null);
        if (warm != null) {
            warm.createDisk(target);
        } else {
            context.arm(() -> azure.ensureDisk(target, targets.provenance()));
        }
        created(step, "disk", target.id());
    }

    private void copyDisk(Step step, VmProgress progress) {
        int i = step.disk();
        Optional<String> snapshot = snapshot(progress);
        VmFacts facts = source.inspect(vm.moRef());
        try (KeyedLimits.Slot host = context.diskSlot(facts.host())) {
            UploadGrant grant = context.arm(() -> azure.grantUpload(targets.disk(i), context.settings().uploadAccess()));
            DiskFacts live = vm.liveDisk(facts, i);
            String identity = "vcenter-vm=" + vm.moRef() + " disk=" + live.key() + " snapshot="
                    + snapshot.orElse("none") + " capacity=" + live.capacity().bytes();
            UploadSettings upload = new UploadSettings(context.settings().uploadParallel(), RetryPolicy.DEFAULT, false,
                    context.workspace().uploadJournal(vm.instanceUuid(), i));
            try (DiskImage image = source.disk(facts, facts.disks().indexOf(live), snapshot);
                 UploadSource from = UploadSource.of(image, identity)) {
                var result = new DiskUploader(upload, new Progress(step)).upload(from,
                        SasUrl.parse(grant.sasUrl().toString(), "the upload access of " + targets.disk(i).name()));
                journal.append(Event.PROGRESS, step, Map.of("bytes", Long.toString(result.virtualSize()),
                        "sent", Long.toString(result.bodyBytesSent()), "sha256", result.sha256()));
            } catch (IOException e) {
                throw new ExternalSystemException("copying disk " + i + " of " + vm.name() + " failed: " + e.getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("stopped while waiting for a disk slot on " + facts.host());
        }
    }

    private void deploy(Step step) {
        List<AzureResourceId> data = new ArrayList<>();
        for (int d = 1; d < vm.disks().size(); d++) {
            data.add(targets.disk(d));
        }
        VmDeployment deployment = new VmDeployment(targets.virtualMachine(), targets.region(), vm.row().targetSize(),
                targets.disk(0), data, targets.nic(), LicenseType.NONE, null, true);
        created(step, "vm", context.arm(() -> azure.ensureVm(deployment, targets.provenance())));
    }

    private void verify(Step step, VmProgress progress) {
        // ensureVm verified provisioning Succeeded and the VM running; what is left is the source
        Optional<String> snapshot = snapshot(progress);
        if (snapshot.isPresent()) {
            source.removeSnapshot(vm.moRef(), snapshot.get());
            journal.append(Event.UNDONE, step, Map.of("kind", "snapshot", "snapshot", snapshot.get()));
        }
        if (warm != null && progress.changes().stream().anyMatch(c -> c.kind().equals("warm"))) {
            warm.release(step);
        }
    }

    private void created(Step step, String kind, AzureResourceId id) {
        journal.append(Event.CREATED, step, Map.of("id", id.toString(), "kind", kind));
    }

    private static Optional<String> snapshot(VmProgress progress) {
        return progress.changes().stream().filter(c -> c.kind().equals("snapshot")).reduce((a, b) -> b)
                .map(c -> c.data().get("snapshot"));
    }

    private static String oneLine(String s) {
        return s == null ? "failed" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** Bytes read, to the listener; at most one journal record per 256 MiB so the journal stays small. */
    private final class Progress implements UploadProgress {
        private final Step step;
        private long journaled;

        Progress(Step step) {
            this.step = step;
        }

        @Override
        public void progress(long bytesRead, long dataBytes, WireCounters wire) {
            context.listener().bytes(vm.name(), step, bytesRead, dataBytes);
            if (bytesRead - journaled >= (256L << 20)) {
                journaled = bytesRead;
                journal.append(Event.PROGRESS, step, Map.of("bytes", Long.toString(bytesRead)));
            }
        }
    }
}
