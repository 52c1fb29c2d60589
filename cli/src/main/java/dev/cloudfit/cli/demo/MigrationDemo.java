package dev.cloudfit.cli.demo;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.spi.DemoMigration;
import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.azure.AzureCloud;
import dev.cloudfit.migrate.azure.AzureConnection;
import dev.cloudfit.migrate.cli.FindingsTable;
import dev.cloudfit.migrate.cli.RunProgress;
import dev.cloudfit.migrate.cli.StatusPrinter;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmState;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlanFile;
import dev.cloudfit.migrate.plan.Planner;
import dev.cloudfit.migrate.plan.VcenterVms;
import dev.cloudfit.migrate.preflight.SourceRule;
import dev.cloudfit.migrate.run.MigrationRunner;
import dev.cloudfit.migrate.run.RunSettings;
import dev.cloudfit.migrate.run.VmOutcome;
import dev.cloudfit.migrate.source.VsphereSourceVm;
import dev.cloudfit.migrate.status.MigrationStatus;
import dev.cloudfit.migrate.status.VmStatus;
import dev.cloudfit.reports.plan.PlanApproval;
import dev.cloudfit.reports.plan.PlanApproval.PlanLine;
import dev.cloudfit.reports.plan.signing.SigningKeyFolder;
import dev.cloudfit.testkit.process.MissingTestToolException;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.TransportSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code demo --migrate}: after the assessment demo, a few of its rows are approved (VNet, subnet,
 * approver and date, as an admin would in Excel; the workbook was signed with the demo's own key),
 * then migrated against the stand-ins the tests use: vcsim dressed as those VMs (their instance
 * UUIDs, disks with real bytes), Azurite and the local Azure Resource Manager, all on loopback.
 * Plan, test migration, cutover, status: the same code as {@code migrate plan}, {@code run --test}
 * and {@code cutover}. Every line it prints says it is a simulation. The stand-ins are stopped at the
 * end and on Ctrl-C (which lets each VM finish its step, as {@code migrate run} does).
 */
public final class MigrationDemo implements DemoMigration {

    /** How many single-disk rows are approved and migrated. */
    static final int VMS = 3;
    static final String APPROVED = "approved.xlsx";
    static final String MIGRATE_WORKSPACE = "migrate-workspace";
    static final String VNET = "vnet-demo";
    static final String SUBNET = "snet-demo";

    @Override
    public Set<String> outputs() {
        return Set.of(APPROVED, MIGRATE_WORKSPACE);
    }

    @Override
    public boolean run(Path folder, Path assessment, Path keys, PrintWriter stdout, PrintWriter stderr) {
        SimulationLines outLines = new SimulationLines(stdout);
        SimulationLines errLines = new SimulationLines(stderr);
        PrintWriter out = new PrintWriter(outLines, true);
        PrintWriter err = new PrintWriter(errLines, true);
        long started = System.nanoTime();
        say(err, "SIMULATION: vCenter is vcsim, Azure Storage is Azurite, Azure Resource Manager is cloudfit's local"
                + " stand-in; all on 127.0.0.1, nothing reaches Azure");
        List<PlanLine> chosen = PlanApproval.lines(assessment).stream().filter(l -> l.diskTypes().size() == 1)
                .limit(VMS).toList();
        if (chosen.isEmpty()) {
            throw new BadInputException("demo --migrate: the assessment has no Migration Plan row with a single disk to"
                    + " migrate; give more --vms");
        }
        Path approved = folder.resolve(APPROVED);
        new PlanApproval(VNET, SUBNET, "demo-admin", LocalDate.now(ZoneOffset.UTC), "")
                .approve(assessment, chosen.stream().map(PlanLine::instanceUuid).toList(), approved);
        say(err, "approved " + chosen.size() + " rows (" + String.join(", ", chosen.stream().map(PlanLine::vm).toList())
                + ") into " + approved + ", VNet " + VNET + "/" + SUBNET + ", signed by the demo's key in " + keys);

        StandIns standIns;
        try {
            standIns = StandIns.start(chosen, VNET, SUBNET, line -> say(err, line));
        } catch (MissingTestToolException e) {
            throw new ExternalSystemException("demo --migrate: " + missing(e) + "; install it with"
                    + " build-support/install-migrate-demo-deps.sh (the cloudfit launcher runs it for demo --migrate)", e);
        }
        CountDownLatch ended = new CountDownLatch(1);
        MigrationRunner[] running = new MigrationRunner[1];
        AtomicBoolean stopping = new AtomicBoolean();
        Thread stop = new Thread(() -> {
            // Ctrl-C reaches the stand-ins too (one process group) and the JVM stops them in its shutdown
            // hooks: the steps under way fail as they go; their journal records are whole, and since the
            // stand-ins keep nothing, a stopped demo is run again rather than resumed
            stopping.set(true);
            say(err, "stopped: the stand-ins are stopped and keep nothing; run the demo again to see it through");
            outLines.mute();
            errLines.mute();
            synchronized (running) {
                if (running[0] != null) {
                    running[0].stop();
                }
            }
            try {
                ended.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cloudfit-demo-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try (standIns) {
            migrate(folder, approved, keys, standIns, running, out, err, started);
            return !stopping.get();
        } catch (RuntimeException e) {
            if (!stopping.get()) {
                throw e;
            }
            return false;
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs: it waits for 'ended'
            }
        }
    }

    /** Plan, test migration, cutover and status against the running stand-ins. */
    private static void migrate(Path folder, Path approved, Path keys, StandIns standIns, MigrationRunner[] running,
                                PrintWriter out, PrintWriter err, long started) {
        MigrateWorkspace ws = MigrateWorkspace.at(folder.resolve(MIGRATE_WORKSPACE));
        MigrationPlan plan;
        try (VcenterSession session = standIns.vcenterSession()) {
            say(err, "cloudfit migrate plan --workbook " + approved + " --workspace " + ws.root());
            plan = new Planner(new SigningKeyFolder(keys).trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(approved, standIns.vcenterName(), new VcenterVms(session));
        }
        ws.create();
        PlanFile.write(plan, ws.planFile());
        FindingsTable.print(plan, out);

        AzureAdapter azure = AzureAdapter.withAccessToken(new AzureConnection(AzureCloud.AZURE_CLOUD,
                standIns.subscriptionId(), standIns.armEndpoint(), new AzureConnection.Timing(Duration.ofMillis(100),
                Duration.ofMillis(100), 4, Duration.ofSeconds(60), Duration.ofMinutes(5))), standIns.armToken(),
                standIns.armTrust(), action -> { });
        try (VcenterSession session = standIns.vcenterSession()) {
            MigrationRunner runner = new MigrationRunner(ws, new VsphereSourceVm(session, standIns.vcenterTls(),
                    TransportSettings.defaults()), azure, standIns.subscriptionId(), Clock.systemUTC(),
                    RunProgress.onStderr(err));
            synchronized (running) {
                running[0] = runner;
            }
            say(err, "cloudfit migrate run --test --workspace " + ws.root() + "   (the sources keep running)");
            if (outcomes(runner.run(RunSettings.defaults(RunMode.TEST)), out)) {
                say(err, "cloudfit migrate cutover --workspace " + ws.root() + "   (test removed, sources powered off)");
                outcomes(runner.run(RunSettings.defaults(RunMode.PRODUCTION)), out);
            }
        }
        say(err, "cloudfit migrate status --workspace " + ws.root());
        List<VmStatus> status = MigrationStatus.of(List.of(ws));
        StatusPrinter.table(status, out);
        long failed = status.stream().filter(v -> v.state() == VmState.FAILED).count();
        if (failed > 0) {
            throw new ExternalSystemException("demo --migrate: " + failed + " simulated VM migration(s) failed; the"
                    + " table above has the error and remedy of each");
        }
        say(err, String.format(java.util.Locale.ROOT, "migration half done in %.1f s; stopping the stand-ins",
                (System.nanoTime() - started) / 1e9));
    }

    /** Prints the outcomes; @return whether every VM got where it was going (a stop or failure ends the demo). */
    private static boolean outcomes(List<VmOutcome> outcomes, PrintWriter out) {
        for (VmOutcome o : outcomes) {
            out.printf("%-28s %-24s %s%n", o.vm(), o.state().words(), o.detail());
        }
        out.flush();
        return outcomes.stream().noneMatch(o -> o.state() == VmState.FAILED || o.state() == VmState.IN_PROGRESS);
    }

    private static String missing(MissingTestToolException e) {
        String message = e.getMessage();
        int run = message.indexOf(". Run ./test");
        return run < 0 ? message : message.substring(0, run);
    }

    private static void say(PrintWriter err, String line) {
        err.println("cloudfit demo: " + line);
        err.flush();
    }
}
