package dev.cloudfit.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmProgress;
import dev.cloudfit.migrate.journal.VmState;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlanFile;
import dev.cloudfit.migrate.plan.Planner;
import dev.cloudfit.migrate.plan.PlannerVcsimTest;
import dev.cloudfit.migrate.plan.VcenterVms;
import dev.cloudfit.migrate.preflight.SourceRule;
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
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: a migration run as a process is killed with SIGKILL at 20 random points (after a
 * random number of journal records, plus a random few milliseconds), resumed each time, and ends
 * complete with the source's bytes in the managed disk and exactly one of each resource; then the
 * same for a second VM shared between two shard processes running at once.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 3)
@WithAzurite
class MigrationCrashTest {

    static final long CAPACITY = 24L << 20;

    @TempDir
    Path dir;
    private Path lastLog;

    private static int records(Path journal) {
        return VmJournal.read(journal).size();
    }

    private Process start(Vcsim vcsim, LocalArm arm, Path ws, String verb, String shard) throws Exception {
        Map.Entry<Process, Path> started = RunProcess.start(vcsim, arm, dir, ws, "production", verb, shard);
        lastLog = started.getValue();
        return started.getKey();
    }

    private byte[] prepare(Vcsim vcsim, VcenterSession session, ManagedObjectReference vm, long seed) {
        VmOperations ops = new VmOperations(session);
        ops.powerOff(vm);
        VmDisk disk = new VmDisks(session).of(vm).get(0);
        VcsimDisks.resize(session, vm, disk.key(), CAPACITY);
        byte[] bytes = new byte[(int) CAPACITY];
        new Random(seed).nextBytes(bytes);
        for (int i = 4 << 20; i < (12 << 20); i++) {
            bytes[i] = 0; // a hole the upload skips
        }
        VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), bytes);
        ops.undo(new VmChange.PoweredOff(vm, PowerState.POWERED_ON));
        return bytes;
    }

    @Test
    void killedAtTwentyRandomPointsAndResumedItEndsCompleteWithOneOfEachResource(Vcsim vcsim, Azurite azurite)
            throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            ManagedObjectReference vm0 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            byte[] source = prepare(vcsim, session, vm0, 11);
            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(new VmIdentity("DC0_H0_VM0", "vcsim", vm0.value(),
                    PlannerVcsimTest.instanceUuid(session, vm0))), 1);
            MigrateWorkspace ws = MigrateWorkspace.at(dir.resolve("ws"));
            MigrationPlan plan = new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(workbook, "vcsim", new VcenterVms(session));
            PlanFile.write(plan, ws.planFile());
            arm.createResourceGroup("rg-migrated", "westeurope");
            arm.createVirtualNetwork("rg-migrated", "vnet-landing", "westeurope", "10.1.0.0/16", "snet-apps", "10.1.2.0/24");
            Path journal = ws.journal(plan.vms().get(0).instanceUuid());

            Random random = new Random(20261207);
            List<String> killedAt = new ArrayList<>();
            boolean fresh = true;
            int completed = 0;
            while (killedAt.size() < 20) {
                int target = records(journal) + 1 + random.nextInt(3);
                Process p = start(vcsim, arm, ws.root(), fresh ? "run" : "resume", null);
                fresh = false;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (p.isAlive() && records(journal) < target && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                if (!p.isAlive()) {
                    completed++;
                    assertThat(p.exitValue()).as("a run that was not killed ends well: %s", Files.readString(lastLog)).isZero();
                    assertThat(VmProgress.replay(VmJournal.read(journal)).state()).isEqualTo(VmState.MIGRATED);
                    assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-osdisk", CAPACITY)).isEqualTo(source);
                    // complete before the 20th kill: roll back and migrate again, killing on
                    new MigrationRunner(ws, new VsphereSourceVm(session, VcsimObjects.tls(vcsim), TransportSettings.defaults()),
                            new AzureTestbed(arm).adapter, arm.subscriptionId(), Clock.systemUTC(), RunListener.NONE)
                            .rollback(RunSettings.defaults(RunMode.PRODUCTION), false);
                    assertThat(MigrationRunTest.ours(arm)).isEmpty();
                    fresh = true;
                    continue;
                }
                Thread.sleep(random.nextInt(150));
                var last = VmJournal.read(journal);
                killedAt.add(last.isEmpty() ? "start" : last.get(last.size() - 1).event() + " "
                        + last.get(last.size() - 1).step().map(Object::toString).orElse(""));
                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Process last = start(vcsim, arm, ws.root(), fresh ? "run" : "resume", null);
            assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as(String.join(" | ", killedAt)).isZero();

            VmProgress done = VmProgress.replay(VmJournal.read(journal));
            assertThat(done.state()).as("killed at: " + killedAt).isEqualTo(VmState.MIGRATED);
            System.out.println("killed at " + killedAt + "; migrations completed between kills: " + completed);
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-osdisk", CAPACITY)).isEqualTo(source);
            // the resource group was there before (the test made it); the run's own: one disk, one NIC, one VM
            assertThat(MigrationRunTest.ours(arm)).hasSize(3)
                    .anySatisfy(id -> assertThat(id).endsWith("/resourceGroups/rg-migrated/providers/Microsoft.Compute/disks/DC0_H0_VM0-osdisk"))
                    .anySatisfy(id -> assertThat(id).endsWith("/networkInterfaces/DC0_H0_VM0-nic"))
                    .anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM0"));
            assertThat(new VmOperations(session).powerState(vm0)).isEqualTo(PowerState.POWERED_OFF);
        }
    }

    @Test
    void twoShardsRunAtOnceTakeDisjointVmsAndCompleteThem(Vcsim vcsim, Azurite azurite) throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            List<VmIdentity> ids = new ArrayList<>();
            for (String name : List.of("DC0_H0_VM0", "DC0_H0_VM1", "DC0_H0_VM2")) {
                ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/" + name);
                prepare(vcsim, session, vm, name.hashCode());
                ids.add(new VmIdentity(name, "vcsim", vm.value(), PlannerVcsimTest.instanceUuid(session, vm)));
            }
            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, ids, 3);
            MigrationPlan plan = new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(workbook, "vcsim", new VcenterVms(session));
            MigrateWorkspace ws0 = MigrateWorkspace.at(dir.resolve("shard-0"));
            MigrateWorkspace ws1 = MigrateWorkspace.at(dir.resolve("shard-1"));
            PlanFile.write(plan, ws0.planFile());
            PlanFile.write(plan, ws1.planFile());
            arm.createResourceGroup("rg-migrated", "westeurope");
            arm.createVirtualNetwork("rg-migrated", "vnet-landing", "westeurope", "10.1.0.0/16", "snet-apps", "10.1.2.0/24");

            Process a = start(vcsim, arm, ws0.root(), "run", "0/2");
            Process b = start(vcsim, arm, ws1.root(), "run", "1/2");
            assertThat(a.waitFor(300, TimeUnit.SECONDS) && b.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(List.of(a.exitValue(), b.exitValue())).containsExactly(0, 0);

            List<String> took0 = new ArrayList<>();
            List<String> took1 = new ArrayList<>();
            for (var vm : plan.vms()) {
                if (Files.exists(ws0.journal(vm.instanceUuid()))) {
                    took0.add(vm.name());
                }
                if (Files.exists(ws1.journal(vm.instanceUuid()))) {
                    took1.add(vm.name());
                }
            }
            assertThat(took0).doesNotContainAnyElementsOf(took1);
            assertThat(took0.size() + took1.size()).isEqualTo(3);
            var merged = dev.cloudfit.migrate.status.MigrationStatus.of(List.of(ws0, ws1));
            assertThat(merged).hasSize(3).allSatisfy(s -> assertThat(s.state()).isEqualTo(VmState.MIGRATED));
            assertThat(MigrationRunTest.ours(arm).stream().filter(id -> id.contains("/virtualMachines/"))).hasSize(3);
        }
    }
}
