package dev.cloudfit.migrate.run;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmProgress;
import dev.cloudfit.migrate.journal.VmState;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.plan.WorkbookDigest;
import dev.cloudfit.migrate.source.SourceVm;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a plan's VMs: those of the wave, VM and shard asked for, not blocked by a finding, in up to
 * {@code vmsAtOnce} threads. The workbook must still be the one planned (same SHA-256), else nothing
 * runs. A VM already done in this mode is left as it is; a test migration is cleaned up before the
 * cutover of the same VM. {@link #stop()} (Ctrl-C) lets each VM finish its current step, journal it
 * and stop.
 */
public final class MigrationRunner {

    private final MigrateWorkspace workspace;
    private final SourceVm source;
    private final AzureAdapter azure;
    private final String subscription;
    private final Clock clock;
    private final RunListener listener;
    private final AtomicBoolean stop = new AtomicBoolean();

    public MigrationRunner(MigrateWorkspace workspace, SourceVm source, AzureAdapter azure, String subscription,
            Clock clock, RunListener listener) {
        this.workspace = workspace;
        this.source = source;
        this.azure = azure;
        this.subscription = subscription;
        this.clock = clock;
        this.listener = listener;
    }

    public void stop() {
        stop.set(true);
    }

    /** The plan, refused when its workbook changed or vanished since it was planned. */
    public static MigrationPlan pinnedPlan(MigrateWorkspace workspace) {
        MigrationPlan plan = workspace.plan();
        if (!Files.isRegularFile(plan.workbook())) {
            throw new BadInputException(InputLocation.of(plan.workbook()), "the approved workbook of this plan is gone;"
                    + " put it back, or plan again with the workbook to migrate");
        }
        String now = WorkbookDigest.of(plan.workbook());
        if (!now.equals(plan.workbookSha256())) {
            throw new BadInputException(InputLocation.of(plan.workbook()), "the workbook changed after it was planned"
                    + " (SHA-256 " + now.substring(0, 12) + "…, planned " + plan.workbookSha256().substring(0, 12)
                    + "…); run 'cloudfit migrate plan' again to execute the new version");
        }
        return plan;
    }

    /** The VMs a run takes, in plan order. */
    public static List<PlannedVm> selected(MigrationPlan plan, RunSettings settings) {
        List<PlannedVm> out = new ArrayList<>();
        for (PlannedVm v : plan.vms()) {
            if (settings.wave().isPresent() && v.row().wave() != settings.wave().getAsInt()) {
                continue;
            }
            if (settings.vm().isPresent() && !settings.vm().get().equals(v.name())
                    && !settings.vm().get().equalsIgnoreCase(v.instanceUuid())) {
                continue;
            }
            if (settings.shard().takes(v.instanceUuid())) {
                out.add(v);
            }
        }
        if (settings.vm().isPresent() && out.isEmpty() && plan.vm(settings.vm().get()).isEmpty()) {
            throw new BadInputException("--vm: no approved VM named '" + settings.vm().get() + "' in the plan");
        }
        return out;
    }

    public List<VmOutcome> run(RunSettings settings) {
        return run(settings, vm -> Optional.of(settings.mode()));
    }

    /** Each selected VM in the mode of its last run; a VM never run is left alone. */
    public List<VmOutcome> resume(RunSettings settings) {
        return run(settings, vm -> {
            VmProgress p = VmProgress.replay(VmJournal.read(workspace.journal(vm.instanceUuid())));
            return p.state() == VmState.ROLLED_BACK ? Optional.empty() : p.mode();
        });
    }

    private List<VmOutcome> run(RunSettings settings, Function<PlannedVm, Optional<RunMode>> modeOf) {
        MigrationPlan plan = pinnedPlan(workspace);
        workspace.create();
        RunContext context = new RunContext(settings, workspace, listener);
        List<PlannedVm> vms = selected(plan, settings);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.vmsAtOnce(), vms.size())),
                r -> {
                    Thread t = new Thread(r, "cloudfit-migrate");
                    t.setDaemon(true);
                    return t;
                });
        List<Future<VmOutcome>> futures = new ArrayList<>();
        for (PlannedVm vm : vms) {
            Optional<RunMode> mode = modeOf.apply(vm);
            futures.add(pool.submit(() -> mode.isPresent() ? runVm(plan, vm, mode.get(), context)
                    : new VmOutcome(vm.name(), vm.instanceUuid(), VmState.NOT_STARTED, "nothing to resume")));
        }
        List<VmOutcome> outcomes = new ArrayList<>();
        try {
            for (Future<VmOutcome> f : futures) {
                outcomes.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return outcomes;
    }

    private VmOutcome runVm(MigrationPlan plan, PlannedVm vm, RunMode mode, RunContext context) {
        if (vm.blocked()) {
            String why = vm.findings().stream().filter(f -> f.blocks()).map(f -> f.id()).reduce((a, b) -> a + ", " + b)
                    .orElse("");
            listener.step(vm.name(), dev.cloudfit.migrate.itinerary.Step.of(dev.cloudfit.migrate.itinerary.Phase.PREPARE_SOURCE),
                    "skipped", "blocked by " + why);
            return new VmOutcome(vm.name(), vm.instanceUuid(), VmState.NOT_STARTED, "blocked by " + why);
        }
        try (VmJournal journal = VmJournal.open(workspace.journal(vm.instanceUuid()), clock)) {
            VmProgress before = VmProgress.replay(VmJournal.read(journal.file()));
            if (mode == RunMode.PRODUCTION && before.state() == VmState.MIGRATED) {
                return new VmOutcome(vm.name(), vm.instanceUuid(), VmState.MIGRATED, "already migrated");
            }
            if (mode == RunMode.TEST && before.state() == VmState.TESTED) {
                return new VmOutcome(vm.name(), vm.instanceUuid(), VmState.TESTED, "test migration already running");
            }
            if (mode == RunMode.PRODUCTION && before.mode().orElse(null) == RunMode.TEST) {
                // the cutover starts from a clean slate: the test VM, its disks and network go first
                new Rollback(source, azure, subscription, plan, workspace).undo(vm, journal, RunMode.TEST);
            }
            boolean finished = new VmRun(vm, AzureTargets.of(subscription, plan, vm, mode), journal, source, azure, context)
                    .run(stop::get);
            VmProgress after = VmProgress.replay(VmJournal.read(journal.file()));
            return new VmOutcome(vm.name(), vm.instanceUuid(), after.state(),
                    finished ? "" : after.failure().map(f -> f.step() + ": " + f.error()).orElse("stopped"));
        }
    }

    /** Removes what the VMs' runs created and restores their sources ({@code onlyTest}: the test migrations only). */
    public List<VmOutcome> rollback(RunSettings settings, boolean onlyTest) {
        MigrationPlan plan = workspace.plan();
        List<VmOutcome> out = new ArrayList<>();
        for (PlannedVm vm : selected(plan, settings)) {
            if (!Files.exists(workspace.journal(vm.instanceUuid()))) {
                continue;
            }
            try (VmJournal journal = VmJournal.open(workspace.journal(vm.instanceUuid()), clock)) {
                VmProgress p = VmProgress.replay(VmJournal.read(journal.file()));
                if (onlyTest && p.mode().orElse(null) != RunMode.TEST) {
                    continue;
                }
                new Rollback(source, azure, subscription, plan, workspace).undo(vm, journal, onlyTest ? RunMode.TEST : null);
                journal.append(Event.ROLLED_BACK, Map.of("scope", onlyTest ? "test" : "all"));
                out.add(new VmOutcome(vm.name(), vm.instanceUuid(), VmState.ROLLED_BACK, onlyTest ? "test removed" : ""));
            }
        }
        return out;
    }
}
