package dev.cloudfit.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.azure.Provenance;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.JournalRecord;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.migrate.journal.VmState;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlanFile;
import dev.cloudfit.migrate.plan.PlannedVm;
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
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: two approved VMs of one resource group whose rows leave Test VNet blank share the
 * default isolated network {@code vnet-cloudfit-test}. The test clean-up of one keeps it for the
 * other; the cutover of both deletes it once, after the last; a rollback leaves nothing tagged.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 2)
@WithAzurite
class SharedTestNetworkRunTest {

    private static final String VNET = "/virtualNetworks/vnet-cloudfit-test";

    @TempDir
    Path dir;

    /** Everything carrying a cloudfit plan tag (resource groups excepted: this one was there before). */
    private static List<String> tagged(LocalArm arm) {
        return arm.resources().stream().filter(r -> r.tags().containsKey(Provenance.PLAN_TAG)).map(ArmResource::id)
                .sorted().collect(Collectors.toList());
    }

    private static long vnetDeletes(LocalArm arm) {
        return arm.requests().stream().filter(r -> r.startsWith("DELETE") && r.endsWith(VNET)).count();
    }

    private static List<JournalRecord> released(MigrateWorkspace ws, PlannedVm vm) {
        return VmJournal.read(ws.journal(vm.instanceUuid())).stream().filter(r -> r.event() == Event.RELEASED).toList();
    }

    private static RunSettings only(String vm, RunMode mode) {
        return new RunSettings(mode, OptionalInt.empty(), Optional.of(vm), Shard.ALL, 4, RunSettings.DEFAULT_DISKS_PER_HOST,
                4, 16, 4, 4, Duration.ofHours(24));
    }

    private static void smallDisk(Vcsim vcsim, VcenterSession session, ManagedObjectReference vm, long seed) throws Exception {
        VmOperations ops = new VmOperations(session);
        ops.powerOff(vm);
        VmDisk disk = new VmDisks(session).of(vm).get(0);
        VcsimDisks.resize(session, vm, disk.key(), MigrationRunTest.CAPACITY);
        byte[] bytes = new byte[(int) MigrationRunTest.CAPACITY];
        new java.util.Random(seed).nextBytes(bytes);
        VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), bytes);
        ops.undo(new VmChange.PoweredOff(vm, PowerState.POWERED_ON));
    }

    @Test
    void twoVmsShareTheDefaultTestNetworkThroughCleanupCutoverAndRollback(Vcsim vcsim, Azurite azurite) throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            ManagedObjectReference vm0 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            ManagedObjectReference vm1 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            smallDisk(vcsim, session, vm0, 11);
            smallDisk(vcsim, session, vm1, 12);
            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(
                    new VmIdentity("DC0_H0_VM0", "vcsim", vm0.value(), PlannerVcsimTest.instanceUuid(session, vm0)),
                    new VmIdentity("DC0_H0_VM1", "vcsim", vm1.value(), PlannerVcsimTest.instanceUuid(session, vm1))), 2);
            MigrateWorkspace ws = MigrateWorkspace.at(dir.resolve("ws"));
            MigrationPlan plan = new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(workbook, "vcsim", new VcenterVms(session));
            PlanFile.write(plan, ws.planFile());
            assertThat(plan.vms()).hasSize(2).allSatisfy(v -> {
                assertThat(v.row().resourceGroup()).isEqualTo("rg-migrated");
                assertThat(v.row().testVnet()).isBlank();
            });
            PlannedVm first = plan.vms().get(0);
            PlannedVm second = plan.vms().get(1);

            arm.createResourceGroup("rg-migrated", "westeurope");
            arm.createVirtualNetwork("rg-migrated", "vnet-landing", "westeurope", "10.1.0.0/16", "snet-apps", "10.1.2.0/24");
            AzureTestbed bed = new AzureTestbed(arm);
            VsphereSourceVm sourceVm = new VsphereSourceVm(session, VcsimObjects.tls(vcsim), TransportSettings.defaults());
            MigrationRunner runner = new MigrationRunner(ws, sourceVm, bed.adapter, arm.subscriptionId(), Clock.systemUTC(),
                    RunListener.NONE);

            // both test migrations: one network, the plan's (no VM tag), both test VMs in it
            assertThat(runner.run(RunSettings.defaults(RunMode.TEST))).hasSize(2)
                    .allSatisfy(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.TESTED));
            List<ArmResource> vnets = arm.resources().stream().filter(r -> r.id().endsWith(VNET)).toList();
            assertThat(vnets).singleElement().satisfies(v -> assertThat(v.tags())
                    .containsEntry(Provenance.PLAN_TAG, plan.workbookId() + "-test")
                    .containsEntry(Provenance.ROLE_TAG, Provenance.TEST_NETWORK_ROLE)
                    .doesNotContainKey(Provenance.VM_TAG));
            assertThat(tagged(arm)).anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM0-test"))
                    .anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM1-test"));
            // status lists the network for both VMs, as used
            assertThat(dev.cloudfit.migrate.status.MigrationStatus.of(List.of(ws))).hasSize(2)
                    .allSatisfy(st -> assertThat(st.azureResources()).anySatisfy(id -> assertThat(id).endsWith(VNET)));

            // cleanup-test of the first VM: its test VM goes, the network stays for the second
            assertThat(runner.rollback(only("DC0_H0_VM0", RunMode.TEST), true)).singleElement()
                    .satisfies(o -> assertThat(o.state()).isEqualTo(VmState.ROLLED_BACK));
            assertThat(tagged(arm)).noneMatch(id -> id.contains("DC0_H0_VM0"))
                    .anySatisfy(id -> assertThat(id).endsWith(VNET))
                    .anySatisfy(id -> assertThat(id).endsWith("/networkInterfaces/DC0_H0_VM1-test-nic"));
            assertThat(vnetDeletes(arm)).isZero();
            assertThat(released(ws, first)).singleElement().satisfies(r -> {
                assertThat(r.get("deleted")).isEqualTo("false");
                assertThat(r.get("usedBy")).isEqualTo("DC0_H0_VM1");
            });

            // the first VM tested again (adopts the network), then both cut over at once
            assertThat(runner.run(only("DC0_H0_VM0", RunMode.TEST))).singleElement()
                    .satisfies(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.TESTED));
            assertThat(runner.run(RunSettings.defaults(RunMode.PRODUCTION))).hasSize(2)
                    .allSatisfy(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.MIGRATED));
            assertThat(tagged(arm)).noneMatch(id -> id.contains("-test")).noneMatch(id -> id.endsWith(VNET))
                    .anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM0"))
                    .anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM1"));
            assertThat(vnetDeletes(arm)).isEqualTo(1);
            List<JournalRecord> releases = new ArrayList<>(released(ws, first));
            releases.addAll(released(ws, second));
            // the first clean-up kept it; of the two cutovers one kept it for the other, the last deleted it
            assertThat(releases).extracting(r -> r.get("deleted")).containsExactlyInAnyOrder("false", "false", "true");

            // rollback: nothing tagged is left, both sources run again
            runner.rollback(RunSettings.defaults(RunMode.PRODUCTION), false);
            assertThat(tagged(arm)).isEmpty();
            assertThat(arm.deployments()).isEmpty();
            VmOperations ops = new VmOperations(session);
            assertThat(ops.powerState(vm0)).isEqualTo(PowerState.POWERED_ON);
            assertThat(ops.powerState(vm1)).isEqualTo(PowerState.POWERED_ON);
            assertThat(vnetDeletes(arm)).isEqualTo(1);
        }
    }

    @Test
    void aTestNetworkOfSomeoneElseIsRefusedAndLeftAloneByTheCleanup(Vcsim vcsim, Azurite azurite) throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            ManagedObjectReference vm0 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(
                    new VmIdentity("DC0_H0_VM0", "vcsim", vm0.value(), PlannerVcsimTest.instanceUuid(session, vm0))), 1);
            MigrateWorkspace ws = MigrateWorkspace.at(dir.resolve("ws"));
            MigrationPlan plan = new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(workbook, "vcsim", new VcenterVms(session));
            PlanFile.write(plan, ws.planFile());
            arm.createResourceGroup("rg-migrated", "westeurope");
            // someone's own network under the default name, untagged
            arm.createVirtualNetwork("rg-migrated", "vnet-cloudfit-test", "westeurope", "10.7.0.0/16", "snet-apps", "10.7.0.0/24");
            VsphereSourceVm sourceVm = new VsphereSourceVm(session, VcsimObjects.tls(vcsim), TransportSettings.defaults());
            MigrationRunner runner = new MigrationRunner(ws, sourceVm, new AzureTestbed(arm).adapter, arm.subscriptionId(),
                    Clock.systemUTC(), RunListener.NONE);

            assertThat(runner.run(RunSettings.defaults(RunMode.TEST))).singleElement().satisfies(o -> {
                assertThat(o.state()).isEqualTo(VmState.FAILED);
                assertThat(o.detail()).startsWith("PREPARE_NETWORK").contains("virtual network 'vnet-cloudfit-test'")
                        .contains("was not made by cloudfit");
            });

            assertThat(runner.rollback(RunSettings.defaults(RunMode.TEST), true)).singleElement()
                    .satisfies(o -> assertThat(o.state()).isEqualTo(VmState.ROLLED_BACK));
            assertThat(arm.resources()).filteredOn(r -> r.id().endsWith(VNET)).singleElement()
                    .satisfies(r -> assertThat(r.tags()).isEmpty());
            assertThat(vnetDeletes(arm)).isZero();
            assertThat(tagged(arm)).isEmpty();
            assertThat(sourceVm.inspect(vm0.value()).snapshots()).isZero();
        }
    }
}
