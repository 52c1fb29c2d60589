package dev.cloudfit.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.plan.signing.TestSigning;
import dev.cloudfit.reports.testing.SampleReports;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --migrate}'s approval by program: the rows it names come back from the signed-plan
 * reader approved, with their VNet, subnet and Test VNet, and every assessed fact unchanged.
 */
class PlanApprovalTest {

    @TempDir
    Path dir;

    @Test
    void theNamedRowsAreApprovedAndTheSignatureStillHolds() {
        AssessmentReport report = SampleReports.sample(8, 5);
        Path written = dir.resolve("assessment.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(report, written);
        List<PlanApproval.PlanLine> lines = PlanApproval.lines(written);
        assertThat(lines).extracting(PlanApproval.PlanLine::instanceUuid)
                .containsExactlyElementsOf(report.plan().stream().map(p -> p.vm().instanceUuid()).toList());
        List<PlanRow> plain = report.plan().stream().filter(p -> p.vm().name().matches("[A-Za-z0-9-]{1,40}")).toList();
        PlanRow second = plain.get(0);
        PlanRow fourth = plain.get(1);
        assertThat(lines.get(report.plan().indexOf(second)).diskTypes()).isEqualTo(second.diskTypes());

        Path approved = dir.resolve("approved.xlsx");
        new PlanApproval("vnet-demo", "snet-demo", "demo-admin", LocalDate.of(2026, 12, 7), "vnet-test-")
                .approve(written, List.of(fourth.vm().instanceUuid(), second.vm().instanceUuid()), approved);

        ApprovedPlan plan = new ApprovedPlanReader(TestSigning.SIGNER.trustedKeys()).read(approved);
        assertThat(plan.approved()).extracting(r -> r.plan().vm()).containsExactly(second.vm(), fourth.vm());
        assertThat(plan.approved()).allSatisfy(r -> {
            assertThat(r.approvedBy()).isEqualTo("demo-admin");
            assertThat(r.approvedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(r.plan().vnet()).isEqualTo("vnet-demo");
            assertThat(r.plan().subnet()).isEqualTo("snet-demo");
            assertThat(r.plan().testVnet()).isEqualTo("vnet-test-" + r.plan().vm().name());
        });
        ApprovedRow first = plan.approved().get(0);
        assertThat(first.plan().targetSize()).isEqualTo(second.targetSize());
        assertThat(first.plan().diskTypes()).isEqualTo(second.diskTypes());
        assertThat(first.plan().resourceGroup()).isEqualTo(second.resourceGroup());
    }

    @Test
    void aTestVnetNameIsMadeOfWhatAzureAcceptsInOne() {
        assertThat(PlanApproval.testVnetName("vnet-test-ams-web-prd00018")).isEqualTo("vnet-test-ams-web-prd00018");
        // + ( , ) become '-', the trailing '-' goes
        assertThat(PlanApproval.testVnetName("vnet-test-+SUM(1,2)")).isEqualTo("vnet-test--SUM-1-2");
        // 10 + 60 characters: cut to 64, the last kept character is the 54th 'x'
        assertThat(PlanApproval.testVnetName("vnet-test-" + "x".repeat(60))).isEqualTo("vnet-test-" + "x".repeat(54));
        assertThat(PlanApproval.testVnetName("vnet-test-db.")).isEqualTo("vnet-test-db");
    }

    @Test
    void aVmThatIsNotOnThePlanIsRefusedAndNothingIsWritten() {
        Path written = dir.resolve("assessment.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(SampleReports.sample(8, 5), written);
        Path approved = dir.resolve("approved.xlsx");
        assertThatThrownBy(() -> new PlanApproval("v", "s", "a", LocalDate.of(2026, 12, 7), "")
                .approve(written, List.of("5021c0de-0000-4000-8000-00000000dead"), approved))
                .isInstanceOf(BadInputException.class).hasMessageContaining("assessment.xlsx")
                .hasMessageContaining("5021c0de-0000-4000-8000-00000000dead");
        assertThat(approved).doesNotExist();
        assertThat(dir.toFile().list()).containsExactly("assessment.xlsx");
    }
}
