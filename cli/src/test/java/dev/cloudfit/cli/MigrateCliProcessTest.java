package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobRange;
import dev.cloudfit.migrate.journal.Event;
import dev.cloudfit.migrate.journal.JournalRecord;
import dev.cloudfit.migrate.journal.VmJournal;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.plan.signing.SigningKeyFolder;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.reports.testing.SampleReports;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import dev.cloudfit.testkit.arm.ArmResource;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import dev.cloudfit.testkit.tls.PinnedCertificate;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.PowerState;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
 * The {@code migrate} commands as a user runs them: the real {@code cloudfit} entry point as its own
 * process, against vcsim, Azurite and the local ARM (reached with the hidden stand-in options, its
 * token in the environment). Plan, test migration and status with their exit codes and tables; a
 * bad workbook; a run stopped by SIGINT (Ctrl-C) and resumed to identical bytes.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 3)
@WithAzurite
class MigrateCliProcessTest {

    static final long LIMIT_SECONDS = 180;

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    /** A VM's disk: a boot area, a hole, data, a hole, and the last byte set; the VM left running. */
    private static byte[] prepare(Vcsim vcsim, VcenterSession session, ManagedObjectReference vm, long capacity, long seed) {
        VmOperations ops = new VmOperations(session);
        ops.powerOff(vm);
        VmDisk disk = new VmDisks(session).of(vm).get(0);
        VcsimDisks.resize(session, vm, disk.key(), capacity);
        byte[] bytes = new byte[(int) capacity];
        Random random = new Random(seed);
        byte[] part = new byte[1 << 20];
        random.nextBytes(part);
        System.arraycopy(part, 0, bytes, 0, part.length);
        for (int at = 4 << 20; at + part.length <= capacity - (2 << 20); at += 2 << 20) {
            random.nextBytes(part);
            System.arraycopy(part, 0, bytes, at, part.length);
        }
        bytes[(int) capacity - 1] = 42;
        VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), bytes);
        ops.undo(new VmChange.PoweredOff(vm, PowerState.POWERED_ON));
        return bytes;
    }

    /** The first plan row of a sample report made this VM, approved by dana, signed by this test's own key. */
    private Path approvedWorkbook(VcenterSession session, String name, ManagedObjectReference vm) {
        String uuid = new PropertyCollector(session).readOne(vm, "config.instanceUuid").flatMap(PropertyValue::text)
                .orElseThrow();
        AssessmentReport sample = SampleReports.sample(12, 7);
        List<PlanRow> plan = List.of(new PlanRow(new VmIdentity(name, "vcsim", vm.value(), uuid), "Standard_D2s_v5",
                List.of("Premium SSD P10"), "westeurope", "rg-migrated", "vnet-landing", "snet-apps", 1,
                PlanRow.DYNAMIC_IP, ""));
        AssessmentReport report = new AssessmentReport(sample.header(), sample.finance(), sample.vms(), sample.disks(),
                sample.avs(), sample.readiness(), sample.scenarios(), sample.fitOptions(), sample.onPremises(),
                sample.assumptions(), sample.inputFiles(), plan);
        Path written = dir.resolve(name + "-assessment.xlsx");
        new WorkbookWriter(new SigningKeyFolder(dir.resolve("config/keys")).signer()).write(report, written);
        Path approved = dir.resolve(name + "-approved.xlsx");
        ExternalTools.edit(written, approved, List.of(
                Map.of("sheet", "Migration Plan", "cell", "N2", "value", "Yes", "as", "text"),
                Map.of("sheet", "Migration Plan", "cell", "O2", "value", "dana", "as", "text"),
                Map.of("sheet", "Migration Plan", "cell", "P2", "value", "2026-12-07", "as", "text")));
        return approved;
    }

    private Process start(Vcsim vcsim, LocalArm arm, Path logs, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        boolean connects = List.of(args).contains("plan") || List.of(args).contains("run") || List.of(args).contains("resume");
        if (connects) {
            Path cert = dir.resolve("arm.pem");
            if (!Files.exists(cert)) {
                Files.writeString(cert, new PinnedCertificate(arm.certificate()).pem());
            }
            command.addAll(List.of("--vcenter", vcsim.sdkUrl().toString(), "--user", vcsim.username(),
                    "--password-env", "VC_PASSWORD", "--thumbprint", vcsim.sha256Thumbprint(),
                    "--subscription", arm.subscriptionId(), "--arm-endpoint", arm.endpoint().toString(),
                    "--arm-certificate", cert.toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(logs.resolve("out.txt").toFile())
                .redirectError(logs.resolve("err.txt").toFile());
        builder.environment().put("VC_PASSWORD", vcsim.password());
        builder.environment().put("CLOUDFIT_ARM_TOKEN", arm.accessToken());
        builder.environment().put("CLOUDFIT_CONFIG_DIR", dir.resolve("config").toString());
        return builder.start();
    }

    private Result finish(Process process, Path logs, String what) throws Exception {
        boolean ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
        process.destroyForcibly();
        String err = Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(ended).as(what + " still running after " + LIMIT_SECONDS + " s; stderr: " + err).isTrue();
        Result r = new Result(process.exitValue(), Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8), err);
        assertThat(err).as("stderr of " + what).doesNotContain("Exception").doesNotContain("SLF4J").doesNotContainPattern("\\n\\s+at [\\w.$]+\\(");
        return r;
    }

    private Result cloudfit(Vcsim vcsim, LocalArm arm, String... args) throws Exception {
        Path logs = Files.createTempDirectory(dir, "run");
        return finish(start(vcsim, arm, logs, args), logs, String.join(" ", args));
    }

    private static byte[] blob(Azurite azurite, LocalArm arm, String diskName, long length) {
        ArmResource disk = arm.resources().stream()
                .filter(r -> r.id().toLowerCase().endsWith("/disks/" + diskName.toLowerCase())).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient()
                .getBlobContainerClient("md-impexp").getBlobClient(disk.body().path("properties").path("uploadBlob").asText())
                .downloadStreamWithResponse(out, new BlobRange(0, length), null, null, false, null, null);
        return out.toByteArray();
    }

    private static LocalArm landingZone(Azurite azurite) {
        LocalArm arm = LocalArm.start(azurite);
        arm.createResourceGroup("rg-migrated", "westeurope");
        arm.createVirtualNetwork("rg-migrated", "vnet-landing", "westeurope", "10.1.0.0/16", "snet-apps", "10.1.2.0/24");
        return arm;
    }

    @Test
    void planThenTestRunThenStatusWithTheirExitCodesAndTables(Vcsim vcsim, Azurite azurite) throws Exception {
        long capacity = 24L << 20; // Azure takes uploads from 20 MiB
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = landingZone(azurite)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            byte[] source = prepare(vcsim, session, vm, capacity, 3);
            Path workbook = approvedWorkbook(session, "DC0_H0_VM0", vm);
            String ws = dir.resolve("ws").toString();

            Result plan = cloudfit(vcsim, arm, "migrate", "plan", "--workbook", workbook.toString(), "--workspace", ws);
            assertThat(plan.exit()).as(plan.err()).isZero();
            assertThat(plan.out()).contains("DC0_H0_VM0").doesNotContain("BLOCKED");
            assertThat(Path.of(ws, "migrate", "plan.json")).exists();

            Result run = cloudfit(vcsim, arm, "migrate", "run", "--test", "--workspace", ws);
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("DC0_H0_VM0").contains("test migration running");
            assertThat(run.err()).contains("DC0_H0_VM0: DEPLOY_VM done");
            assertThat(blob(azurite, arm, "DC0_H0_VM0-test-osdisk", capacity)).isEqualTo(source);

            Result status = cloudfit(vcsim, arm, "migrate", "status", "--workspace", ws);
            assertThat(status.exit()).as(status.err()).isZero();
            List<String> lines = status.out().lines().toList();
            assertThat(lines.get(0)).startsWith("VM").contains("State").contains("MiB moved");
            // 24 MiB copied, from the one disk of the one approved VM
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).startsWith("DC0_H0_VM0").contains("test migration running (test)")
                    .containsPattern("\\s24\\s");
        }
    }

    @Test
    void aWorkbookThatIsNotOneIsRefusedWithOneLineAndExitTwo(Vcsim vcsim, Azurite azurite) throws Exception {
        Path bad = dir.resolve("approved.xlsx");
        Files.writeString(bad, "VM,Approved\nweb01,Yes\n");
        try (LocalArm arm = LocalArm.start(azurite)) {
            Result plan = cloudfit(vcsim, arm, "migrate", "plan", "--workbook", bad.toString(),
                    "--workspace", dir.resolve("ws").toString());
            assertThat(plan.exit()).as(plan.err()).isEqualTo(2);
            assertThat(plan.err().lines().toList()).singleElement().satisfies(line ->
                    assertThat(line).startsWith("cloudfit: error: ").contains("approved.xlsx"));
            assertThat(plan.out()).isEmpty();
            assertThat(dir.resolve("ws")).doesNotExist();
        }
    }

    @Test
    void ctrlCDuringARunStopsCleanlyAndResumeEndsWithTheSameBytes(Vcsim vcsim, Azurite azurite) throws Exception {
        long capacity = 64L << 20;
        try (VcenterSession session = VcsimObjects.connect(vcsim); LocalArm arm = landingZone(azurite)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            byte[] source = prepare(vcsim, session, vm, capacity, 5);
            Path workbook = approvedWorkbook(session, "DC0_H0_VM1", vm);
            String ws = dir.resolve("ws").toString();
            assertThat(cloudfit(vcsim, arm, "migrate", "plan", "--workbook", workbook.toString(), "--workspace", ws).exit())
                    .isZero();
            String uuid = new PropertyCollector(session).readOne(vm, "config.instanceUuid").flatMap(PropertyValue::text)
                    .orElseThrow();
            Path journal = Path.of(ws, "migrate", "journal", uuid + ".jsonl");

            Path logs = Files.createTempDirectory(dir, "run");
            Process run = start(vcsim, arm, logs, "migrate", "run", "--test", "--workspace", ws);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
            while (!copyStarted(journal)) {
                assertThat(run.isAlive()).as("ended before the copy began: " + Files.readString(logs.resolve("err.txt")))
                        .isTrue();
                assertThat(System.nanoTime()).as("the copy never began").isLessThan(deadline);
                Thread.sleep(10);
            }
            new ProcessBuilder("kill", "-INT", Long.toString(run.pid())).inheritIO().start().waitFor();
            Result stopped = finish(run, logs, "migrate run --test (SIGINT)");

            assertThat(stopped.exit()).as(stopped.err()).isEqualTo(128 + 2);
            assertThat(stopped.err()).contains("stopping after the current steps");
            byte[] bytes = Files.readAllBytes(journal);
            assertThat(bytes[bytes.length - 1]).as("the journal ends with a whole record").isEqualTo((byte) '\n');
            List<JournalRecord> records = VmJournal.read(journal); // throws on a torn or damaged line
            for (int i = 0; i < records.size(); i++) {
                assertThat(records.get(i).seq()).as("no record lost").isEqualTo(i + 1L);
            }
            assertThat(records).noneMatch(r -> r.event() == Event.DONE && r.step().map(s -> s.toString().startsWith("VERIFY"))
                    .orElse(false));

            Result resumed = cloudfit(vcsim, arm, "migrate", "resume", "--workspace", ws);
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            assertThat(resumed.out()).contains("DC0_H0_VM1").contains("test migration running");
            assertThat(blob(azurite, arm, "DC0_H0_VM1-test-osdisk", capacity)).isEqualTo(source);
            assertThat(arm.resources()).filteredOn(r -> r.id().toLowerCase().contains("/disks/dc0_h0_vm1")).hasSize(1);
            assertThat(arm.resources()).filteredOn(r -> r.id().toLowerCase().contains("/virtualmachines/dc0_h0_vm1"))
                    .hasSize(1);
        }
    }

    private static boolean copyStarted(Path journal) {
        return VmJournal.read(journal).stream().anyMatch(r -> r.event() == Event.STARTED
                && r.step().map(s -> s.toString().startsWith("COPY_DISK")).orElse(false));
    }
}
