package dev.cloudfit.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobRange;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.azure.Provenance;
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
import dev.cloudfit.testkit.arm.ArmResource;
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
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration end to end against the stand-ins: vcsim (the source VM and its disk bytes), Azurite
 * (the managed disk's blob) and the local ARM (disks, network, NIC, VM): plan, test migration,
 * cutover, a re-run that creates nothing, rollback that leaves nothing; one approved VM, one not.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 2)
@WithAzurite
class MigrationRunTest {

    static final long CAPACITY = 24L << 20;

    @TempDir
    Path dir;

    private static byte[] content(long seed) {
        byte[] bytes = new byte[(int) CAPACITY];
        Random r = new Random(seed);
        byte[] part = new byte[1 << 20];
        r.nextBytes(part);
        System.arraycopy(part, 0, bytes, 0, part.length);              // a boot area
        r.nextBytes(part);
        System.arraycopy(part, 0, bytes, 9 << 20, part.length);        // data in the middle, holes around it
        bytes[(int) CAPACITY - 1] = 42;                                // the very last byte
        return bytes;
    }

    static byte[] blobOf(Azurite azurite, LocalArm arm, String diskName, long length) {
        ArmResource disk = arm.resources().stream().filter(r -> r.id().toLowerCase().endsWith("/disks/" + diskName.toLowerCase()))
                .findFirst().orElseThrow();
        String blob = disk.body().path("properties").path("uploadBlob").asText();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient()
                .getBlobContainerClient("md-impexp").getBlobClient(blob)
                .downloadStreamWithResponse(out, new BlobRange(0, length), null, null, false, null, null);
        return out.toByteArray();
    }

    static List<String> ours(LocalArm arm) {
        return arm.resources().stream().filter(r -> r.tags().containsKey(Provenance.PLAN_TAG)).map(ArmResource::id)
                .sorted().collect(Collectors.toList());
    }

    @Test
    void testMigrationThenCutoverThenRollback(Vcsim vcsim, Azurite azurite) throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            ManagedObjectReference vm0 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            ManagedObjectReference vm1 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            VmOperations ops = new VmOperations(session);
            ops.powerOff(vm0);
            VmDisk disk = new VmDisks(session).of(vm0).get(0);
            VcsimDisks.resize(session, vm0, disk.key(), CAPACITY);
            byte[] source = content(7);
            VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), source);
            ops.undo(new dev.cloudfit.vsphere.vm.VmChange.PoweredOff(vm0, PowerState.POWERED_ON));
            assertThat(ops.powerState(vm0)).isEqualTo(PowerState.POWERED_ON);

            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(
                    new VmIdentity("DC0_H0_VM0", "vcsim", vm0.value(), PlannerVcsimTest.instanceUuid(session, vm0)),
                    new VmIdentity("DC0_H0_VM1", "vcsim", vm1.value(), PlannerVcsimTest.instanceUuid(session, vm1))), 1);
            MigrateWorkspace ws = MigrateWorkspace.at(dir.resolve("ws"));
            MigrationPlan plan = new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(workbook, "vcsim", new VcenterVms(session));
            PlanFile.write(plan, ws.planFile());
            assertThat(plan.vms()).hasSize(1);

            arm.createResourceGroup("rg-migrated", "westeurope");
            arm.createVirtualNetwork("rg-migrated", "vnet-landing", "westeurope", "10.1.0.0/16", "snet-apps", "10.1.2.0/24");
            AzureTestbed bed = new AzureTestbed(arm);
            VsphereSourceVm sourceVm = new VsphereSourceVm(session, VcsimObjects.tls(vcsim), TransportSettings.defaults());
            MigrationRunner runner = new MigrationRunner(ws, sourceVm, bed.adapter, arm.subscriptionId(), Clock.systemUTC(),
                    RunListener.NONE);
            String uuid = plan.vms().get(0).instanceUuid();

            // a test migration: an isolated network, the source keeps running, its snapshot is gone after
            List<VmOutcome> test = runner.run(RunSettings.defaults(RunMode.TEST));
            assertThat(test).singleElement().satisfies(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.TESTED));
            assertThat(ours(arm)).anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM0-test"))
                    .anySatisfy(id -> assertThat(id).endsWith("/virtualNetworks/vnet-cloudfit-test"));
            assertThat(blobOf(azurite, arm, "DC0_H0_VM0-test-osdisk", CAPACITY)).isEqualTo(source);
            assertThat(ops.powerState(vm0)).isEqualTo(PowerState.POWERED_ON);
            assertThat(sourceVm.inspect(vm0.value()).snapshots()).isZero();

            // the cutover: test resources gone, the source off, the VM in the approved subnet
            List<VmOutcome> cut = runner.run(RunSettings.defaults(RunMode.PRODUCTION));
            assertThat(cut).singleElement().satisfies(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.MIGRATED));
            assertThat(ours(arm)).noneMatch(id -> id.contains("-test"));
            assertThat(ours(arm)).anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM0"));
            assertThat(blobOf(azurite, arm, "DC0_H0_VM0-osdisk", CAPACITY)).isEqualTo(source);
            assertThat(ops.powerState(vm0)).isEqualTo(PowerState.POWERED_OFF);
            ArmResource nic = arm.resources().stream().filter(r -> r.id().endsWith("/networkInterfaces/DC0_H0_VM0-nic"))
                    .findFirst().orElseThrow();
            assertThat(nic.body().toString()).contains("vnet-landing/subnets/snet-apps");

            // status and the row-by-row report say so, from the journal alone
            var status = dev.cloudfit.migrate.status.MigrationStatus.of(List.of(ws));
            assertThat(status).singleElement().satisfies(st -> {
                assertThat(st.state()).isEqualTo(VmState.MIGRATED);
                // the cutover copies warm: only the allocated areas vcsim tracks (64 KiB blocks): the boot MiB,
                // the MiB at 9 MiB and the block holding the last byte
                assertThat(st.bytesMoved()).isEqualTo((1L << 20) + (1L << 20) + (64L << 10));
                assertThat(st.azureResources()).anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM0"));
                assertThat(st.started()).isPresent();
                assertThat(st.ended()).isPresent();
            });
            Path report = dir.resolve("status.xlsx");
            dev.cloudfit.migrate.status.StatusWorkbook.write(status, report);
            var dump = dev.cloudfit.reports.testing.ExternalTools.dump(report, true);
            assertThat(dump.toString()).contains("Migration status").contains("DC0_H0_VM0").contains("migrated")
                    .contains("/virtualMachines/DC0_H0_VM0");

            // a re-run creates nothing
            List<String> before = ours(arm);
            int writes = (int) arm.requests().stream().filter(r -> r.startsWith("PUT")).count();
            assertThat(runner.run(RunSettings.defaults(RunMode.PRODUCTION))).singleElement()
                    .satisfies(o -> assertThat(o.detail()).isEqualTo("already migrated"));
            assertThat(ours(arm)).isEqualTo(before);
            assertThat(arm.requests().stream().filter(r -> r.startsWith("PUT")).count()).isEqualTo(writes);

            // rollback: nothing of ours is left, the source runs again
            runner.rollback(RunSettings.defaults(RunMode.PRODUCTION), false);
            assertThat(ours(arm)).isEmpty();
            assertThat(ops.powerState(vm0)).isEqualTo(PowerState.POWERED_ON);
            assertThat(VmProgress.replay(VmJournal.read(ws.journal(uuid))).state()).isEqualTo(VmState.ROLLED_BACK);
        }
    }

    @Test
    void aWorkbookChangedAfterPlanningIsRefused(Vcsim vcsim, Azurite azurite) throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm0 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(
                    new VmIdentity("DC0_H0_VM0", "vcsim", vm0.value(), PlannerVcsimTest.instanceUuid(session, vm0))), 1);
            MigrateWorkspace ws = MigrateWorkspace.at(dir.resolve("ws"));
            PlanFile.write(new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(workbook, "vcsim", new VcenterVms(session)), ws.planFile());
            Files.write(workbook, new byte[] {0}, StandardOpenOption.APPEND);
            assertThatThrownBy(() -> MigrationRunner.pinnedPlan(ws)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("the workbook changed after it was planned")
                    .hasMessageContaining("migrate plan");
        }
    }
}
