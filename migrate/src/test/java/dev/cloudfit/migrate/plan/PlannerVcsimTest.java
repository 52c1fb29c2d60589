package dev.cloudfit.migrate.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.preflight.Finding;
import dev.cloudfit.migrate.preflight.SourceRule;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.plan.signing.PlanSigner;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.reports.testing.SampleReports;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrate plan}'s core against vcsim: a signed workbook with three approved rows, two of them
 * VMs of the simulator (found by instance UUID, inspected, checked), one a VM no vCenter has.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 3)
public class PlannerVcsimTest {

    public static final PlanSigner ASSESSOR = PlanSigner.generate();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    public static String instanceUuid(VcenterSession session, ManagedObjectReference vm) {
        return new PropertyCollector(session).readOne(vm, "config.instanceUuid").flatMap(PropertyValue::text).orElseThrow();
    }

    /** A workbook whose first plan rows are the given VMs, the first {@code approve} of them approved. */
    public static Path approvedWorkbook(Path dir, List<VmIdentity> vms, int approve) {
        return approvedWorkbook(dir, vms, vms.stream().map(v -> List.of("Premium SSD P10")).toList(),
                vms.stream().map(v -> "").toList(), approve);
    }

    /** The same, with each VM's disk types (one per disk, OS disk first) and Test VNet ("" for the default). */
    public static Path approvedWorkbook(Path dir, List<VmIdentity> vms, List<List<String>> diskTypes,
            List<String> testVnets, int approve) {
        AssessmentReport sample = SampleReports.sample(12, 7);
        List<PlanRow> plan = new ArrayList<>();
        for (int i = 0; i < vms.size(); i++) {
            PlanRow p = sample.plan().get(i);
            plan.add(new PlanRow(vms.get(i), "Standard_D2s_v5", diskTypes.get(i), "westeurope", "rg-migrated",
                    "vnet-landing", "snet-apps", 1, PlanRow.DYNAMIC_IP, testVnets.get(i)));
        }
        AssessmentReport report = new AssessmentReport(sample.header(), sample.finance(), sample.vms(), sample.disks(),
                sample.avs(), sample.readiness(), sample.scenarios(), sample.fitOptions(), sample.onPremises(),
                sample.assumptions(), sample.inputFiles(), plan);
        Path written = dir.resolve("assessment.xlsx");
        new WorkbookWriter(ASSESSOR).write(report, written);
        List<Map<String, Object>> ops = new ArrayList<>();
        for (int row = 2; row < 2 + approve; row++) {
            ops.add(Map.of("sheet", "Migration Plan", "cell", "N" + row, "value", "Yes", "as", "text"));
            ops.add(Map.of("sheet", "Migration Plan", "cell", "O" + row, "value", "dana", "as", "text"));
            ops.add(Map.of("sheet", "Migration Plan", "cell", "P" + row, "value", "2026-12-07", "as", "text"));
        }
        Path approved = dir.resolve("approved.xlsx");
        ExternalTools.edit(written, approved, ops);
        return approved;
    }

    @Test
    void approvedVmsAreFoundByInstanceUuidInspectedAndChecked(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm0 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            ManagedObjectReference vm1 = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            List<VmIdentity> ids = List.of(
                    new VmIdentity("DC0_H0_VM0", "vcsim", vm0.value(), instanceUuid(session, vm0)),
                    new VmIdentity("DC0_H0_VM1", "vcsim", vm1.value(), instanceUuid(session, vm1)),
                    new VmIdentity("gone-vm", "vcsim", "vm-999", "5021c0de-0000-4000-8000-000000000001"),
                    new VmIdentity("not-approved", "vcsim", "vm-998", "5021c0de-0000-4000-8000-000000000002"));
            Path workbook = approvedWorkbook(dir, ids, 3);

            MigrationPlan plan = new Planner(ASSESSOR.trustedKeys(), SourceRule.all(), CLOCK)
                    .plan(workbook, "vcsim", new VcenterVms(session));

            assertThat(plan.workbookSha256()).isEqualTo(WorkbookDigest.of(workbook)).hasSize(64);
            assertThat(plan.signedBy()).isEqualTo(ASSESSOR.fingerprint().value());
            assertThat(plan.vms()).extracting(PlannedVm::name).containsExactly("DC0_H0_VM0", "DC0_H0_VM1", "gone-vm");
            PlannedVm first = plan.vms().get(0);
            assertThat(first.moRef()).isEqualTo(vm0.value());
            assertThat(first.disks()).hasSize(1);
            assertThat(first.disks().get(0).diskType()).isEqualTo("Premium SSD P10");
            assertThat(first.disks().get(0).fileName()).startsWith("[LocalDS_0] ");
            assertThat(first.blocked()).as(first.findings().toString()).isFalse();
            assertThat(first.findings()).extracting(Finding::id).contains("azure.vm.generation", "vmware.vm.powered-on",
                    "vmware.vm.cbt-off");
            PlannedVm gone = plan.vms().get(2);
            assertThat(gone.blocked()).isTrue();
            assertThat(gone.findings()).extracting(Finding::id).containsExactly("vmware.vm.not-found");

            Path file = dir.resolve("plan.json");
            PlanFile.write(plan, file);
            assertThat(PlanFile.read(file)).isEqualTo(plan);
        }
    }

    @Test
    void aWorkbookSignedByAnotherKeyIsRefusedBeforeVcenterIsAsked(Vcsim vcsim) throws Exception {
        Path workbook = approvedWorkbook(dir, List.of(new VmIdentity("x", "vc", "vm-1",
                "5021c0de-0000-4000-8000-000000000003")), 1);
        Planner stranger = new Planner(PlanSigner.generate().trustedKeys(), SourceRule.all(), CLOCK);
        assertThatThrownBy(() -> stranger.plan(workbook, "vcsim", uuid -> {
            throw new AssertionError("vCenter must not be asked for an untrusted workbook");
        })).isInstanceOf(BadInputException.class).hasMessageContaining("does not trust");
        assertThat(Files.exists(dir.resolve("plan.json"))).isFalse();
    }
}
