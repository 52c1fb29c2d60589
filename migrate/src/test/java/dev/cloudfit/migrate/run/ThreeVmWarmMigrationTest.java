package dev.cloudfit.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudfit.migrate.azure.AzureTestbed;
import dev.cloudfit.migrate.azure.Provenance;
import dev.cloudfit.migrate.itinerary.Phase;
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
import dev.cloudfit.migrate.status.MigrationStatus;
import dev.cloudfit.migrate.status.StatusWorkbook;
import dev.cloudfit.migrate.status.VmStatus;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.testkit.arm.ArmResource;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.task.TaskWaiter;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.PowerState;
import dev.cloudfit.vsphere.vm.Returned;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's end-to-end check with issue 12's warm copy, against vcsim, Azurite and the local ARM:
 * three VMs — Linux BIOS with one disk, Windows UEFI with an OS disk and two data disks, one not
 * approved. A test migration, then {@code sync} (the first warm copy: only the allocated areas), then
 * the guests write known blocks, then the cutover: only those blocks move. Exactly two VMs migrated,
 * every disk byte-identical to its source, Gen2 with data disks at LUN 0 and 1, tags and the status
 * sheet right; rollback leaves nothing tagged and the sources as they were.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 3)
@WithAzurite
class ThreeVmWarmMigrationTest {

    static final int KIB = 1 << 10;
    static final int MIB = 1 << 20;
    static final long CAPACITY = 24L * MIB;

    @TempDir
    Path dir;


    /** Windows, UEFI, and two more disks of CAPACITY on the same controller (units 1 and 2). */
    private static void makeWindowsUefiWithDataDisks(VcenterSession session, ManagedObjectReference vm, String name) {
        PropertyValue os = new PropertyCollector(session).readOne(vm, "config.hardware.device").orElseThrow().elements()
                .stream().filter(d -> "VirtualDisk".equals(d.typeName())).findFirst().orElseThrow();
        int controller = os.path("controllerKey").flatMap(PropertyValue::intValue).orElseThrow();
        String datastore = os.path("backing.fileName").flatMap(PropertyValue::text).orElseThrow()
                .replaceAll("^(\\[[^]]*]).*", "$1");
        SoapRequest reconfig = SoapRequest.method("ReconfigVM_Task", vm).object("spec", null, spec -> {
            spec.text("guestId", "windows9Server64Guest"); // Windows Server 2016: the newest id vcsim 0.24 knows
            for (int unit = 1; unit <= 2; unit++) {
                int u = unit;
                spec.object("deviceChange", null, change -> change.text("operation", "add").text("fileOperation", "create")
                        .object("device", "VirtualDisk", d -> d.number("key", -u)
                                .object("deviceInfo", null, i -> i.text("label", "Hard disk " + (u + 1)).text("summary", "data"))
                                .object("backing", "VirtualDiskFlatVer2BackingInfo", b -> b
                                        .text("fileName", datastore + " " + name + "/data" + u + ".vmdk")
                                        .text("diskMode", "persistent").bool("thinProvisioned", true))
                                .number("controllerKey", controller).number("unitNumber", u)
                                .number("capacityInKB", CAPACITY / KIB).number("capacityInBytes", CAPACITY)));
            }
            spec.text("firmware", "efi");
        }).build();
        new TaskWaiter(session).await(session.callOnce(reconfig, Returned.reference()), Duration.ofSeconds(30));
    }

    private static List<JournalRecord> progress(MigrateWorkspace ws, String uuid, Phase phase) {
        return VmJournal.read(ws.journal(uuid)).stream().filter(r -> r.event() == Event.PROGRESS)
                .filter(r -> r.step().map(s -> s.phase() == phase).orElse(false)).collect(Collectors.toList());
    }

    /** The "sent" (or "cleared") bytes per disk index of a VM's last record of that phase per disk. */
    private static Map<Integer, Long> per(List<JournalRecord> records, String field) {
        return records.stream().collect(Collectors.toMap(r -> Integer.parseInt(r.get("disk")),
                r -> Long.parseLong(r.get(field)), (a, b) -> b));
    }

    private static JsonNode body(LocalArm arm, String idSuffix) {
        return arm.resources().stream().filter(r -> r.id().toLowerCase().endsWith(idSuffix.toLowerCase())).findFirst()
                .orElseThrow(() -> new AssertionError("no resource *" + idSuffix)).body();
    }

    @Test
    void testMigrationThenSyncThenCutoverMovesOnlyTheWrittenBlocksAndRollbackLeavesNothing(Vcsim vcsim, Azurite azurite)
            throws Exception {
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = LocalArm.start(azurite)) {
            ManagedObjectReference linux = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            ManagedObjectReference windows = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            ManagedObjectReference other = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM2");
            VmOperations ops = new VmOperations(session);
            Random random = new Random(14);

            // the sources: Linux one disk; Windows UEFI OS disk + two data disks
            ops.powerOff(linux);
            ops.powerOff(windows);
            // the OS disk is resized before the data disks are added: vcsim moves an edited device to the end
            // of the device list, and the plan takes the first disk listed as the OS disk
            VcsimDisks.resize(session, windows, new VmDisks(session).of(windows).get(0).key(), CAPACITY);
            makeWindowsUefiWithDataDisks(session, windows, "DC0_H0_VM1");
            byte[] lin = new byte[(int) CAPACITY];
            VcsimDisks.fill(random, lin, 0, MIB);
            VcsimDisks.fill(random, lin, 9L * MIB, MIB);
            lin[(int) CAPACITY - 1] = 42;
            byte[][] win = {new byte[(int) CAPACITY], new byte[(int) CAPACITY], new byte[(int) CAPACITY]};
            VcsimDisks.fill(random, win[0], 0, 2 * MIB);
            VcsimDisks.fill(random, win[1], 3L * MIB, MIB);
            VcsimDisks.fill(random, win[2], 0, 512 * KIB);
            win[2][(int) CAPACITY - 1] = 7;
            VmDisk linDisk = new VmDisks(session).of(linux).get(0);
            VcsimDisks.resize(session, linux, linDisk.key(), CAPACITY);
            VcsimDisks.put(vcsim, session, "DC0", linDisk.baseFlatExtent(), lin);
            List<VmDisk> winDisks = new VmDisks(session).of(windows);
            assertThat(winDisks).extracting(d -> d.file().path()).containsExactly("DC0_H0_VM1/disk1.vmdk",
                    "DC0_H0_VM1/data1.vmdk", "DC0_H0_VM1/data2.vmdk");
            for (int d = 0; d < 3; d++) {
                VcsimDisks.put(vcsim, session, "DC0", winDisks.get(d).baseFlatExtent(), win[d]);
            }
            ops.undo(new VmChange.PoweredOff(linux, PowerState.POWERED_ON));
            ops.undo(new VmChange.PoweredOff(windows, PowerState.POWERED_ON));

            // the plan: two of three rows approved
            Path workbook = PlannerVcsimTest.approvedWorkbook(dir, List.of(
                    new VmIdentity("DC0_H0_VM0", "vcsim", linux.value(), PlannerVcsimTest.instanceUuid(session, linux)),
                    new VmIdentity("DC0_H0_VM1", "vcsim", windows.value(), PlannerVcsimTest.instanceUuid(session, windows)),
                    new VmIdentity("DC0_H0_VM2", "vcsim", other.value(), PlannerVcsimTest.instanceUuid(session, other))),
                    List.of(List.of("Premium SSD P10"), List.of("Premium SSD P10", "Standard SSD E10", "Premium SSD P10"),
                            List.of("Premium SSD P10")),
                    // a test VNet per VM: two VMs sharing the default one in a group race to create it, and the
                    // clean-up of one refuses the VNet tagged for the other (see the report of this change)
                    List.of("vnet-test-linux", "vnet-test-windows", ""), 2);
            MigrateWorkspace ws = MigrateWorkspace.at(dir.resolve("ws"));
            MigrationPlan plan = new Planner(PlannerVcsimTest.ASSESSOR.trustedKeys(), SourceRule.all(), Clock.systemUTC())
                    .plan(workbook, "vcsim", new VcenterVms(session));
            PlanFile.write(plan, ws.planFile());
            assertThat(plan.vms()).extracting(PlannedVm::name).containsExactly("DC0_H0_VM0", "DC0_H0_VM1");
            assertThat(plan.vms().get(1).uefi()).isTrue();
            String linUuid = plan.vms().get(0).instanceUuid();
            String winUuid = plan.vms().get(1).instanceUuid();
            String otherUuid = PlannerVcsimTest.instanceUuid(session, other);

            arm.createResourceGroup("rg-migrated", "westeurope");
            arm.createVirtualNetwork("rg-migrated", "vnet-landing", "westeurope", "10.1.0.0/16", "snet-apps", "10.1.2.0/24");
            VsphereSourceVm sourceVm = new VsphereSourceVm(session, VcsimObjects.tls(vcsim), TransportSettings.defaults());
            MigrationRunner runner = new MigrationRunner(ws, sourceVm, new AzureTestbed(arm).adapter, arm.subscriptionId(),
                    Clock.systemUTC(), RunListener.NONE);

            // 1. the test migration: both deployed in the isolated network, sources running
            assertThat(runner.run(RunSettings.defaults(RunMode.TEST))).hasSize(2)
                    .allSatisfy(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.TESTED));
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-test-osdisk", CAPACITY)).isEqualTo(lin);
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM1-test-datadisk-2", CAPACITY)).isEqualTo(win[2]);
            assertThat(ops.powerState(linux)).isEqualTo(PowerState.POWERED_ON);

            // 2. sync: the first warm copy into the production disks, only the allocated 64 KiB blocks;
            //    the zero pages of a block (the last block holds one byte) are cleared, not sent
            assertThat(runner.sync(RunSettings.defaults(RunMode.PRODUCTION))).hasSize(2)
                    .allSatisfy(o -> assertThat(o.detail()).isEqualTo("synced"));
            assertThat(ops.powerState(linux)).isEqualTo(PowerState.POWERED_ON);
            assertThat(ops.changeTrackingEnabled(linux)).isTrue();
            List<JournalRecord> linFirst = progress(ws, linUuid, Phase.SYNC_DISKS);
            assertThat(per(linFirst, "sent")).containsExactly(Map.entry(0, 2L * MIB + 512));
            assertThat(per(linFirst, "cleared")).containsExactly(Map.entry(0, 64L * KIB - 512));
            assertThat(linFirst).singleElement().satisfies(r -> assertThat(r.get("copy")).isEqualTo("allocated areas"));
            assertThat(per(progress(ws, winUuid, Phase.SYNC_DISKS), "sent"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(0, 2L * MIB, 1, 1L * MIB, 2, 512L * KIB + 512));
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-osdisk", CAPACITY)).isEqualTo(lin);
            for (int d = 0; d < 3; d++) {
                assertThat(MigrationRunTest.blobOf(azurite, arm, d == 0 ? "DC0_H0_VM1-osdisk" : "DC0_H0_VM1-datadisk-" + d,
                        CAPACITY)).as("disk %d", d).isEqualTo(win[d]);
            }
            assertThat(MigrationRunTest.ours(arm)).anySatisfy(id -> assertThat(id).endsWith("/virtualMachines/DC0_H0_VM0-test"));

            // 3. the guests write: Linux 64 KiB at 5 MiB and zeroes the block at 9 MiB; Windows 128 KiB at 12 MiB of data disk 2
            VcsimDisks.fill(random, lin, 5L * MIB, 64 * KIB);
            Arrays.fill(lin, 9 * MIB, 9 * MIB + 64 * KIB, (byte) 0);
            VcsimDisks.put(vcsim, session, "DC0", linDisk.baseFlatExtent(), lin);
            VcsimDisks.fill(random, win[2], 12L * MIB, 128 * KIB);
            VcsimDisks.put(vcsim, session, "DC0", winDisks.get(2).baseFlatExtent(), win[2]);

            // 4. the cutover: test removed, sources off, only the written blocks move, then deployed for real
            assertThat(runner.run(RunSettings.defaults(RunMode.PRODUCTION))).hasSize(2)
                    .allSatisfy(o -> assertThat(o.state()).as(o.detail()).isEqualTo(VmState.MIGRATED));
            List<JournalRecord> linDelta = progress(ws, linUuid, Phase.FINAL_SYNC);
            assertThat(per(linDelta, "sent")).containsExactly(Map.entry(0, 64L * KIB));
            assertThat(per(linDelta, "cleared")).containsExactly(Map.entry(0, 64L * KIB));
            assertThat(linDelta).singleElement().satisfies(r -> assertThat(r.get("copy")).isEqualTo("changed areas"));
            assertThat(per(progress(ws, winUuid, Phase.FINAL_SYNC), "sent"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(0, 0L, 1, 0L, 2, 128L * KIB));
            assertThat(MigrationRunTest.blobOf(azurite, arm, "DC0_H0_VM0-osdisk", CAPACITY)).isEqualTo(lin);
            for (int d = 0; d < 3; d++) {
                assertThat(MigrationRunTest.blobOf(azurite, arm, d == 0 ? "DC0_H0_VM1-osdisk" : "DC0_H0_VM1-datadisk-" + d,
                        CAPACITY)).as("disk %d", d).isEqualTo(win[d]);
            }
            assertThat(ops.powerState(linux)).isEqualTo(PowerState.POWERED_OFF);
            assertThat(ops.powerState(windows)).isEqualTo(PowerState.POWERED_OFF);
            assertThat(ops.powerState(other)).isEqualTo(PowerState.POWERED_ON);
            assertThat(sourceVm.inspect(linux.value()).snapshots()).isZero();
            assertThat(sourceVm.inspect(windows.value()).snapshots()).isZero();

            // exactly two migrated, nothing of the test left, nothing for the third VM
            List<String> ours = MigrationRunTest.ours(arm);
            assertThat(ours).noneMatch(id -> id.contains("-test"));
            assertThat(ours.stream().filter(id -> id.contains("/virtualMachines/"))).containsExactlyInAnyOrder(
                    ours.stream().filter(id -> id.endsWith("/virtualMachines/DC0_H0_VM0")).findFirst().orElseThrow(),
                    ours.stream().filter(id -> id.endsWith("/virtualMachines/DC0_H0_VM1")).findFirst().orElseThrow());
            assertThat(arm.resources()).noneMatch(r -> otherUuid.equalsIgnoreCase(r.tags().get(Provenance.VM_TAG)));
            assertThat(Files.exists(ws.journal(otherUuid))).isFalse();
            for (ArmResource r : arm.resources().stream().filter(r -> r.tags().containsKey(Provenance.VM_TAG)).toList()) {
                String uuid = r.id().contains("DC0_H0_VM0") ? linUuid : winUuid;
                assertThat(r.tags()).as(r.id()).containsEntry(Provenance.PLAN_TAG, plan.workbookId().toString())
                        .containsEntry(Provenance.WORKBOOK_TAG, plan.workbookSha256());
                assertThat(r.tags().get(Provenance.VM_TAG)).as(r.id()).isEqualToIgnoringCase(uuid);
            }

            // the Windows VM: generation 2, its data disks at LUN 0 and 1 in vSphere's order
            assertThat(body(arm, "/disks/DC0_H0_VM1-osdisk").path("properties").path("hyperVGeneration").asText())
                    .isEqualTo("V2");
            assertThat(body(arm, "/disks/DC0_H0_VM0-osdisk").path("properties").path("hyperVGeneration").asText("V1"))
                    .isEqualTo("V1");
            assertThat(body(arm, "/disks/DC0_H0_VM1-datadisk-1").path("sku").path("name").asText()).isEqualTo("StandardSSD_LRS");
            JsonNode storage = body(arm, "/virtualMachines/DC0_H0_VM1").path("properties").path("storageProfile");
            assertThat(storage.path("osDisk").path("osType").asText()).isEqualTo("Windows");
            JsonNode data = storage.path("dataDisks");
            assertThat(data).hasSize(2);
            assertThat(data.get(0).path("lun").asInt()).isZero();
            assertThat(data.get(0).path("managedDisk").path("id").asText()).endsWithIgnoringCase("/disks/DC0_H0_VM1-datadisk-1");
            assertThat(data.get(1).path("lun").asInt()).isEqualTo(1);
            assertThat(data.get(1).path("managedDisk").path("id").asText()).endsWithIgnoringCase("/disks/DC0_H0_VM1-datadisk-2");

            // the status sheet: two rows, migrated, bytes moved = first copy + delta, by hand from the blocks above
            List<VmStatus> status = MigrationStatus.of(List.of(ws));
            assertThat(status).extracting(VmStatus::state).containsOnly(VmState.MIGRATED).hasSize(2);
            Map<String, Long> moved = status.stream().collect(Collectors.toMap(VmStatus::vm, VmStatus::bytesMoved));
            assertThat(moved).containsEntry("DC0_H0_VM0", 2L * MIB + 64 * KIB + 2 * 64 * KIB)
                    .containsEntry("DC0_H0_VM1", 2L * MIB + MIB + 512L * KIB + 64 * KIB + 128 * KIB);
            Path report = dir.resolve("status.xlsx");
            StatusWorkbook.write(status, report);
            String dump = ExternalTools.dump(report, true).toString();
            assertThat(dump).contains("DC0_H0_VM0").contains("DC0_H0_VM1").doesNotContain("DC0_H0_VM2")
                    .contains("/virtualMachines/DC0_H0_VM1");

            // 5. rollback: nothing tagged is left, the sources run again without tracking, no warm state
            runner.rollback(RunSettings.defaults(RunMode.PRODUCTION), false);
            assertThat(MigrationRunTest.ours(arm)).isEmpty();
            assertThat(ops.powerState(linux)).isEqualTo(PowerState.POWERED_ON);
            assertThat(ops.powerState(windows)).isEqualTo(PowerState.POWERED_ON);
            assertThat(ops.changeTrackingEnabled(linux)).isFalse();
            assertThat(ops.changeTrackingEnabled(windows)).isFalse();
            assertThat(Files.exists(ws.warmState(linUuid))).isFalse();
            assertThat(sourceVm.inspect(windows.value()).snapshots()).isZero();
        }
    }
}
