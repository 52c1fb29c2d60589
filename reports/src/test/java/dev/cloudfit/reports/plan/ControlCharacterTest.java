package dev.cloudfit.reports.plan;

import dev.cloudfit.reports.plan.signing.TestSigning;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.testing.SampleReports;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text XML cannot carry is stored as '?', and the plan still verifies when read back. */
class ControlCharacterTest {

    @TempDir
    Path dir;

    @Test
    void aVmNameWithAControlCharacterStillVerifies() {
        assertThat(CellText.storable("a\u0001b\tc\uD83D\uDE00d\uD800")).isEqualTo("a?b\tc\uD83D\uDE00d?");
        assertThat(CellText.storable("plain")).isSameAs("plain");

        AssessmentReport r = SampleReports.sample(12, 5);
        List<PlanRow> plan = new ArrayList<>(r.plan());
        PlanRow first = plan.get(0);
        plan.set(0, new PlanRow(new VmIdentity("web\u0007server", first.vm().vCenter(), first.vm().moRef(),
                first.vm().instanceUuid()), first.targetSize(), first.diskTypes(), first.region(),
                first.resourceGroup(), first.vnet(), first.subnet(), first.wave(), first.ip(), first.testVnet()));
        AssessmentReport report = new AssessmentReport(r.header(), r.finance(), r.vms(), r.disks(), r.avs(),
                r.readiness(), r.scenarios(), r.fitOptions(), r.onPremises(), r.assumptions(), r.inputFiles(), plan);
        Path file = dir.resolve("control.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(report, file);
        ApprovedPlan read = new ApprovedPlanReader(TestSigning.SIGNER.trustedKeys()).read(file);
        assertThat(read.planRows()).isEqualTo(plan.size());
    }
}
