package dev.cloudfit.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.itinerary.Phase;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.JournalRecord;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmProgress;
import dev.cloudfit.migrate.journal.VmState;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannerVcsimTest;
import dev.cloudfit.migrate.source.VsphereSourceVm;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.PowerState;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety of the warm cutover: after a sync, the guest rewrites 12 MiB; the cutover runs as a
 * process and is killed with SIGKILL while it copies that final delta (a random few hundred
 * milliseconds after FINAL_SYNC began), up to three times, resumed each time. It ends migrated with
 * the managed disk byte-identical to the source and no snapshot left behind.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 1)
@WithAzurite
class WarmCutoverCrashTest {

    static final int MIB = 1 << 20;
    static final long CAPACITY = 24L * MIB;

    @TempDir
    Path dir;

    private static long finalSyncsBegun(Path journal) {
        return VmJournal.read(journal).stream().filter(r -> r.event() == Event.STARTED)
                .filter(r -> r.step().map(s -> s.phase() == Phase.FINAL_SYNC).orElse(false)).count();
    }

    @Test
    void aCutoverKilledWhileCopyingTheFinalDeltaIsResumedAndEndsByteIdentical(Vcsim vcsim, Azurite azurite)
            throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            Random random = new Random(1207);
            byte[] source = new byte[(int) CAPACITY];
            VcsimDisks.fill(random, source, 0, 2 * MIB);
            WarmSource placed = WarmSource.place(vcsim, session, source);
            ManagedObjectReference vm = placed.vm();
            VmOperations ops = placed.ops();
            VmDisk disk = placed.disk();

            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(new VmIdentity("DC0_H0_VM0", "vcsim", vm.value(),
                    PlannerVcsimTest.instanceUuid(session, vm))), 1);
            PlannedRun.landingZone(arm);
            PlannedRun planned = PlannedRun.of(workbook, dir.resolve("ws"), vcsim, session, arm, new AzureTestbed(arm).adapter);
            MigrateWorkspace ws = planned.ws();
            MigrationPlan plan = planned.plan();
            Path journal = ws.journal(plan.vms().get(0).instanceUuid());

            // the first warm copy, in this process
            MigrationRunner runner = planned.runner();
            assertThat(runner.sync(RunSettings.defaults(RunMode.PRODUCTION))).singleElement()
                    .satisfies(o -> assertThat(o.detail()).isEqualTo("synced"));

            // the guest rewrites 12 MiB from 8 MiB on: the final delta
            byte[] delta = new byte[12 * MIB];
            random.nextBytes(delta);
            System.arraycopy(delta, 0, source, 8 * MIB, delta.length);
            VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), source);

            // a resume after a finished sync does nothing: only the cutover may power the source off
            Map.Entry<Process, Path> noop = RunProcess.start(vcsim, arm, dir, ws.root(), "production", "resume", null);
            assertThat(noop.getKey().waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(noop.getValue())).contains("nothing to resume");
            assertThat(ops.powerState(vm)).isEqualTo(PowerState.POWERED_ON);

            List<String> killedAt = new ArrayList<>();
            String verb = "run";
            while (killedAt.size() < 3) {
                long begun = finalSyncsBegun(journal);
                Process p = RunProcess.start(vcsim, arm, dir, ws.root(), "production", verb, null).getKey();
                verb = "resume";
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (p.isAlive() && finalSyncsBegun(journal) == begun && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                if (!p.isAlive()) {
                    break; // the delta was copied before a kill came
                }
                Thread.sleep(random.nextInt(400));
                List<JournalRecord> last = VmJournal.read(journal);
                killedAt.add(last.get(last.size() - 1).event() + " " + last.get(last.size() - 1).step().map(Object::toString)
                        .orElse(""));
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Map.Entry<Process, Path> end = RunProcess.start(vcsim, arm, dir, ws.root(), "production", "resume", null);
            assertThat(end.getKey().waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(end.getKey().exitValue()).as(Files.readString(end.getValue())).isZero();
            System.out.println("warm cutover killed at " + killedAt);

            assertThat(killedAt).as("FINAL_SYNC was cut short at least once").isNotEmpty();
            assertThat(finalSyncsBegun(journal)).isGreaterThanOrEqualTo(2);
            assertThat(VmProgress.replay(VmJournal.read(journal)).state()).as("killed at " + killedAt)
                    .isEqualTo(VmState.MIGRATED);
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-osdisk", CAPACITY)).isEqualTo(source);
            assertThat(MigrationRunTest.ours(arm)).hasSize(3);
            assertThat(ops.powerState(vm)).isEqualTo(PowerState.POWERED_OFF);
            assertThat(new VsphereSourceVm(session, VcsimObjects.tls(vcsim), TransportSettings.defaults())
                    .inspect(vm.value()).snapshots()).isZero();
        }
    }
}
