package dev.cloudfit.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.itinerary.Phase;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.JournalRecord;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmState;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannerVcsimTest;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A changed-block-tracking reset between the sync and the cutover (vCenter no longer knows the stored
 * change id): the final cycle copies the whole disk again — the allocated areas written, what the blob
 * still holds elsewhere cleared — and the journal says so; the disk ends byte-identical.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 1)
@WithAzurite
class WarmResetTest {

    static final int KIB = 1 << 10;
    static final int MIB = 1 << 20;
    static final long CAPACITY = 24L * MIB;

    @TempDir
    Path dir;


    @Test
    void aTrackingResetMakesTheCutoverCopyTheWholeDiskAndTheJournalSaysSo(Vcsim vcsim, Azurite azurite) throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            Random random = new Random(12);
            byte[] source = new byte[(int) CAPACITY];
            VcsimDisks.fill(random, source, 0, 2 * MIB);
            VcsimDisks.fill(random, source, 16L * MIB, MIB);
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
            MigrationRunner runner = planned.runner();
            assertThat(runner.sync(RunSettings.defaults(RunMode.PRODUCTION))).singleElement()
                    .satisfies(o -> assertThat(o.detail()).isEqualTo("synced"));

            // tracking is reset (off, then on) while the guest zeroes the MiB at 16 MiB and writes 64 KiB at 4 MiB
            ops.undo(new VmChange.ChangeTrackingEnabled(vm));
            ops.enableChangeTracking(vm).orElseThrow();
            Arrays.fill(source, 16 * MIB, 17 * MIB, (byte) 0);
            VcsimDisks.fill(random, source, 4L * MIB, 64 * KIB);
            VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), source);

            assertThat(runner.run(RunSettings.defaults(RunMode.PRODUCTION))).singleElement()
                    .satisfies(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.MIGRATED));
            List<JournalRecord> last = VmJournal.read(ws.journal(plan.vms().get(0).instanceUuid())).stream()
                    .filter(r -> r.event() == Event.PROGRESS)
                    .filter(r -> r.step().map(s -> s.phase() == Phase.FINAL_SYNC).orElse(false)).toList();
            assertThat(last).singleElement().satisfies(r -> {
                assertThat(r.get("copy")).isEqualTo("full copy after a tracking reset");
                assertThat(r.get("note")).contains("no longer knows change id").contains("copying the whole disk again");
                // everything allocated now is sent again: the 2 MiB at 0 and the 64 KiB at 4 MiB
                assertThat(Long.parseLong(r.get("sent"))).isEqualTo(2L * MIB + 64 * KIB);
                // and what the blob held where the source is now zero is cleared: the MiB at 16 MiB
                assertThat(Long.parseLong(r.get("cleared"))).isEqualTo(MIB);
            });
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-osdisk", CAPACITY)).isEqualTo(source);
        }
    }
}
