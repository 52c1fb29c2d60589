package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.plan.signing.TestSigning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.model.VmRow;
import dev.cloudfit.reports.testing.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails half-way leaves the previous file as it was and no temp file behind. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesThePreviousWorkbookUntouched() throws IOException {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "previous report");
        AssessmentReport ok = SampleReports.sample(20, 1);
        List<VmRow> vms = new ArrayList<>(ok.vms());
        VmRow last = vms.get(vms.size() - 1);
        // longer than a cell may hold (32,767 characters): POI fails on the last VM row, mid-stream
        vms.set(vms.size() - 1, new VmRow(new VmIdentity(last.id().name(), last.id().vCenter(), last.id().moRef(),
                last.id().instanceUuid()), last.powerState(), "x".repeat(40_000), last.vcpus(), last.memory(),
                last.storage(), last.cluster(), last.cpu(), last.memoryUse(), last.recommendedSize(),
                last.bindingConstraint(), last.runnerUpSize(), last.runnerUpDelta(), last.monthlyCost(),
                last.readiness(), last.reasonCodes(), last.confidence(), last.fit()));
        AssessmentReport broken = new AssessmentReport(ok.header(), ok.finance(), vms, ok.disks(), ok.avs(),
                ok.readiness(), ok.scenarios(), ok.fitOptions(), ok.onPremises(), ok.assumptions(), ok.inputFiles(),
                ok.plan());

        assertThatThrownBy(() -> new WorkbookWriter(TestSigning.SIGNER).write(broken, target)).isInstanceOf(RuntimeException.class);

        assertThat(Files.readString(target)).isEqualTo("previous report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        new WorkbookWriter(TestSigning.SIGNER).write(ok, target);
        assertThat(Files.readAllBytes(target)).startsWith('P', 'K');
    }
}
