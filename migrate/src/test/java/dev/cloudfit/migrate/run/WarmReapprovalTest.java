package dev.cloudfit.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.azure.AzureResourceId;
import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.azure.ManagedDisk;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmState;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannerVcsimTest;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook is approved again (another approver: the same workbook id, other bytes) after a sync, and planned
 * into a new workspace. The disk the first sync left open for upload carries the first approval's digest: the
 * second sync must not seal it (which would make a half-done copy a finished disk, and fail its own upload
 * after, as it did), but stop with the remedy, leaving the disk open and unchanged.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 1)
@WithAzurite
class WarmReapprovalTest {

    static final int MIB = 1 << 20;
    static final long CAPACITY = 24L * MIB;

    @TempDir
    Path dir;

    @Test
    void aSyncAfterAReapprovalLeavesTheOpenWarmCopyAsItIsAndSaysToRollBack(Vcsim vcsim, Azurite azurite) throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            byte[] source = new byte[(int) CAPACITY];
            VcsimDisks.fill(new Random(5), source, 0, 2 * MIB);
            ManagedObjectReference vm = WarmSource.place(vcsim, session, source).vm();

            List<VmIdentity> ids = List.of(new VmIdentity("DC0_H0_VM0", "vcsim", vm.value(),
                    PlannerVcsimTest.instanceUuid(session, vm)));
            Path first = PlannerVcsimTest.approvedWorkbook(dir, ids, 1);
            PlannedRun.landingZone(arm);
            AzureTestbed azure = new AzureTestbed(arm);
            PlannedRun planned = PlannedRun.of(first, dir.resolve("ws"), vcsim, session, arm, azure.adapter);
            MigrationPlan plan = planned.plan();
            MigrationRunner runner = planned.runner();
            assertThat(runner.sync(RunSettings.defaults(RunMode.PRODUCTION))).singleElement()
                    .satisfies(o -> assertThat(o.detail()).isEqualTo("synced"));
            AzureResourceId osDisk = new AzureResourceId(arm.subscriptionId(), "rg-migrated", AzureResourceId.DISK,
                    "DC0_H0_VM0-osdisk");
            ManagedDisk open = azure.adapter.disk(osDisk).orElseThrow();
            assertThat(open.state()).isIn("ReadyToUpload", "ActiveUpload");

            // approved again by someone else: the same workbook (id), another file
            Path again = dir.resolve("approved-again.xlsx");
            ExternalTools.edit(first, again, List.of(
                    Map.of("sheet", "Migration Plan", "cell", "O2", "value", "erin", "as", "text")));
            assertThat(Files.readAllBytes(again)).isNotEqualTo(Files.readAllBytes(first));
            // planned into a new workspace (the first one's journal is not there to say the disk was made)
            PlannedRun replanned = PlannedRun.of(again, dir.resolve("ws2"), vcsim, session, arm, azure.adapter);
            assertThat(replanned.plan().workbookId()).isEqualTo(plan.workbookId());
            assertThat(replanned.plan().workbookSha256()).isNotEqualTo(plan.workbookSha256());

            MigrationRunner second = replanned.runner();
            assertThat(second.sync(RunSettings.defaults(RunMode.PRODUCTION))).singleElement().satisfies(o -> {
                assertThat(o.state()).as(o.detail()).isEqualTo(VmState.FAILED);
                assertThat(o.detail()).contains("DC0_H0_VM0-osdisk").contains("under another approval of the workbook")
                        .contains("cloudfit migrate rollback --vm DC0_H0_VM0");
            });
            ManagedDisk after = azure.adapter.disk(osDisk).orElseThrow();
            assertThat(after.state()).as("still open for the warm copy, not sealed").isEqualTo(open.state());
            assertThat(after.tags()).isEqualTo(open.tags());
        }
    }
}
