package dev.cloudfit.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.journal.RunMode;
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
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test migration, then the cutover, of a VM whose boot disk vCenter lists last (vcsim lists an edited
 * disk last): each time the Azure OS disk holds the boot disk's bytes and has the type approved for it,
 * the data disk the other's.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 1)
@WithAzurite
class DiskOrderRunTest {

    @TempDir
    Path dir;

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[(int) MigrationRunTest.CAPACITY];
        Arrays.fill(bytes, 0, 1 << 20, value); // the first MiB, the rest a hole
        return bytes;
    }

    @Test
    void theBootDiskListedLastBecomesTheOsDiskWithItsApprovedTypeInTestAndCutover(Vcsim vcsim, Azurite azurite) throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            new VmOperations(session).powerOff(vm);
            VmDisks disks = new VmDisks(session);
            int boot = disks.of(vm).get(0).key();
            VcsimDisks.addDisk(session, vm, "ParaVirtualSCSIController", 1, "Hard disk 2", MigrationRunTest.CAPACITY);
            VcsimDisks.resize(session, vm, boot, MigrationRunTest.CAPACITY); // now listed last
            List<VmDisk> listed = disks.of(vm);
            assertThat(listed.get(1).file().path()).endsWith("/disk1.vmdk");
            byte[] bootBytes = filled((byte) 0xB0);
            byte[] dataBytes = filled((byte) 0xDA);
            VcsimDisks.put(vcsim, session, "DC0", listed.get(1).baseFlatExtent(), bootBytes);
            VcsimDisks.put(vcsim, session, "DC0", listed.get(0).baseFlatExtent(), dataBytes);

            // approved in slot order: scsi0:0 (the boot disk) Premium SSD, scsi0:1 Standard SSD
            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(new VmIdentity("DC0_H0_VM0", "vcsim",
                    vm.value(), PlannerVcsimTest.instanceUuid(session, vm))),
                    List.of(List.of("Premium SSD P10", "Standard SSD E10")), List.of(""), 1);
            PlannedRun.landingZone(arm);
            PlannedRun planned = PlannedRun.of(workbook, dir.resolve("ws"), vcsim, session, arm, new AzureTestbed(arm).adapter);
            MigrateWorkspace ws = planned.ws();
            MigrationPlan plan = planned.plan();
            MigrationRunner runner = planned.runner();

            assertThat(runner.run(RunSettings.defaults(RunMode.TEST))).singleElement()
                    .satisfies(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.TESTED));

            long size = MigrationRunTest.CAPACITY;
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-test-osdisk", size)).isEqualTo(bootBytes);
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-test-datadisk-1", size)).isEqualTo(dataBytes);
            assertThat(sku(arm, "/disks/DC0_H0_VM0-test-osdisk")).isEqualTo("Premium_LRS");
            assertThat(sku(arm, "/disks/DC0_H0_VM0-test-datadisk-1")).isEqualTo("StandardSSD_LRS");

            // the cutover copies warm (changed-block cycles): each live disk onto its planned disk, by device key
            assertThat(runner.run(RunSettings.defaults(RunMode.PRODUCTION))).singleElement()
                    .satisfies(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.MIGRATED));
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-osdisk", size)).isEqualTo(bootBytes);
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-datadisk-1", size)).isEqualTo(dataBytes);
            assertThat(sku(arm, "/disks/DC0_H0_VM0-osdisk")).isEqualTo("Premium_LRS");
            assertThat(sku(arm, "/disks/DC0_H0_VM0-datadisk-1")).isEqualTo("StandardSSD_LRS");
        }
    }

    private static String sku(LocalArm arm, String idSuffix) {
        return arm.resources().stream().filter(r -> r.id().toLowerCase().endsWith(idSuffix.toLowerCase())).findFirst()
                .orElseThrow(() -> new AssertionError("no resource *" + idSuffix)).body().path("sku").path("name").asText();
    }
}
