package dev.cloudfit.migrate.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.preflight.Finding;
import dev.cloudfit.migrate.preflight.Severity;
import dev.cloudfit.migrate.preflight.SourceRule;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.VmInspector;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate plan} against vcsim VMs whose boot disk is not the first vCenter lists: the plan's
 * disk 0 (the Azure OS disk) is the boot disk and each disk gets the type approved for it. A vcsim VM
 * starts with one disk at {@code scsi0:0} ({@code disk1.vmdk}) and IDE controllers 0 and 1.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 2)
class PlannerDiskOrderVcsimTest {

    @TempDir
    Path dir;

    private static PlannedVm plan(Path dir, VcenterSession session, ManagedObjectReference vm, String name,
            List<String> types) {
        VmIdentity id = new VmIdentity(name, "vcsim", vm.value(), PlannerVcsimTest.instanceUuid(session, vm));
        Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(id), List.of(types), List.of(""), 1);
        return new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), PlannerVcsimTest.CLOCK)
                .plan(workbook, "vcsim", new VcenterVms(session)).vms().get(0);
    }

    @Test
    void anEditedBootDiskListedLastStaysTheOsDiskWithItsApprovedType(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            int os = new VmInspector(session).inspect(vm).disks().get(0).key();
            VcsimDisks.addDisk(session, vm, "ParaVirtualSCSIController", 1, "Hard disk 2", 3L << 20);
            VcsimDisks.resize(session, vm, os, 2L << 20); // vcsim lists the edited disk last now
            assertThat(new VmInspector(session).inspect(vm).disks().get(1).fileName()).endsWith("/disk1.vmdk");

            // as assessed, in slot order: scsi0:0 (the OS disk) a P10, scsi0:1 a P30
            PlannedVm planned = plan(dir, session, vm, "DC0_H0_VM0", List.of("Premium SSD P10", "Premium SSD P30"));

            assertThat(planned.blocked()).as(planned.findings().toString()).isFalse();
            assertThat(planned.disks()).extracting(PlannedDisk::index, PlannedDisk::diskType)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(0, "Premium SSD P10"),
                            org.assertj.core.groups.Tuple.tuple(1, "Premium SSD P30"));
            assertThat(planned.disks().get(0).fileName()).endsWith("/disk1.vmdk");
            assertThat(planned.disks().get(0).capacity().bytes()).isEqualTo(2L << 20);
            assertThat(planned.disks().get(1).fileName()).endsWith("-paravirtualscsicontroller1.vmdk");
            assertThat(planned.disks().get(1).capacity().bytes()).isEqualTo(3L << 20);
        }
    }

    @Test
    void theDiskTheBootOrderNamesIsTheOsDiskEvenOnIdeAfterScsi(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            int ide = VcsimDisks.addDisk(session, vm, "VirtualIDEController", 1, "Hard disk 2", 5L << 20);
            VcsimDisks.bootFrom(session, vm, ide);

            // in slot order: scsi0:0 a P10, ide0:1 an E30
            PlannedVm planned = plan(dir, session, vm, "DC0_H0_VM1", List.of("Premium SSD P10", "Standard SSD E30"));

            assertThat(planned.disks()).hasSize(2);
            assertThat(planned.disks().get(0).key()).as("the OS disk is the IDE disk the boot order names").isEqualTo(ide);
            assertThat(planned.disks().get(0).diskType()).isEqualTo("Standard SSD E30");
            assertThat(planned.disks().get(1).fileName()).endsWith("/disk1.vmdk");
            assertThat(planned.disks().get(1).diskType()).isEqualTo("Premium SSD P10");
            assertThat(planned.findings()).filteredOn(f -> f.id().equals("vmware.disk.boot-not-first"))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
            assertThat(planned.blocked()).as(planned.findings().toString()).isFalse();
        }
    }
}
