package dev.cloudfit.migrate.cli;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.journal.VmState;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.run.MigrationRunner;
import dev.cloudfit.migrate.run.RunListener;
import dev.cloudfit.migrate.run.VmOutcome;
import dev.cloudfit.migrate.source.VsphereSourceVm;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.TransportSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What run, resume, cutover, rollback and cleanup-test share: the workspace, the two connections,
 * the selection, progress and events, and Ctrl-C: the VMs finish their current step, journal it and
 * stop; 'migrate resume' goes on from there.
 */
abstract class RunCommandBase {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "The workspace 'migrate plan' wrote.")
    Path workspace;

    @Mixin
    VcenterOptions vcenter = new VcenterOptions();

    @Mixin
    AzureOptions azure = new AzureOptions();

    @Mixin
    SelectionOptions selection = new SelectionOptions();

    @Option(names = "--events", paramLabel = "FILE", description = "Also write JSON lines (vm, step, state, bytes, rate) to FILE.")
    Path events;

    /** Runs {@code work} with a runner on both connections, then prints the outcomes; exit 3 when a VM failed. */
    final int withRunner(String verb, Function<MigrationRunner, List<VmOutcome>> work) {
        MigrateWorkspace ws = MigrateWorkspace.at(workspace);
        MigrationRunner.pinnedPlan(ws); // refuse a changed workbook before connecting anywhere
        PrintWriter err = spec.commandLine().getErr();
        AzureAdapter adapter = azure.connect();
        EventsFile eventsFile = events == null ? null : new EventsFile(events, Clock.systemUTC());
        RunListener progress = RunProgress.onStderr(err);
        RunListener listener = eventsFile == null ? progress : both(progress, eventsFile);
        CountDownLatch ended = new CountDownLatch(1);
        List<VmOutcome> outcomes;
        try (VcenterSession session = vcenter.connect()) {
            MigrationRunner runner = new MigrationRunner(ws, new VsphereSourceVm(session, vcenter.tls(),
                    TransportSettings.defaults()), adapter, azure.connection().subscriptionId(), Clock.systemUTC(), listener);
            Thread hook = new Thread(() -> {
                err.println("cloudfit migrate: stopping after the current steps; the journal is kept (resume to go on)");
                err.flush();
                runner.stop();
                try {
                    ended.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "cloudfit-migrate-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                outcomes = work.apply(runner);
            } finally {
                ended.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for 'ended'
                }
            }
        } finally {
            if (eventsFile != null) {
                try {
                    eventsFile.close();
                } catch (IOException ignored) {
                    // the events are a copy; the journal is what counts
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (VmOutcome o : outcomes) {
            out.printf("%-30s %-24s %s%n", o.vm(), o.state().words(), o.detail());
        }
        out.flush();
        long failed = outcomes.stream().filter(o -> o.state() == VmState.FAILED).count();
        if (failed > 0) {
            throw new ExternalSystemException(failed + " of " + outcomes.size() + " VM(s) failed to " + verb
                    + "; see 'cloudfit migrate status --workspace " + workspace + "' for the error and remedy of each");
        }
        return 0;
    }

    private static RunListener both(RunListener a, RunListener b) {
        return new RunListener() {
            @Override
            public void step(String vm, dev.cloudfit.migrate.itinerary.Step step, String state, String detail) {
                a.step(vm, step, state, detail);
                b.step(vm, step, state, detail);
            }

            @Override
            public void bytes(String vm, dev.cloudfit.migrate.itinerary.Step step, long done, long total) {
                a.bytes(vm, step, done, total);
                b.bytes(vm, step, done, total);
            }
        };
    }
}
