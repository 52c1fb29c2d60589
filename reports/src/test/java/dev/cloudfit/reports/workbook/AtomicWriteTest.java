package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.plan.signing.TestSigning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.model.VmRow;
import dev.cloudfit.reports.testing.SampleReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails half-way leaves the previous file as it was and no temp file behind; text too
 * long for a cell is cut with a marker and reported, never a failure.
 */
class AtomicWriteTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesThePreviousWorkbookUntouched() throws IOException {
        Path target = dir.resolve("report.xlsx");
        Files.writeString(target, "previous report");
        AssessmentReport ok = SampleReports.sample(20, 1);
        // a column header longer than a cell may hold (headers are cloudfit's own words, never cut):
        // POI fails while the workbook is being written
        List<ScenarioRow> scenarios = new ArrayList<>(ok.scenarios());
        ScenarioRow first = scenarios.get(0);
        scenarios.add(new ScenarioRow("S".repeat(40_000), first.description(), first.computeHourly(),
                first.fixedMonthly(), first.pricedVms(), first.missingPrices(), first.priceSource()));
        AssessmentReport broken = new AssessmentReport(ok.header(), ok.finance(), ok.vms(), ok.disks(), ok.avs(),
                ok.readiness(), scenarios, ok.fitOptions(), ok.onPremises(), ok.assumptions(), ok.inputFiles(),
                ok.plan());

        assertThatThrownBy(() -> new WorkbookWriter(TestSigning.SIGNER).write(broken, target)).isInstanceOf(RuntimeException.class);

        assertThat(Files.readString(target)).isEqualTo("previous report");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        new WorkbookWriter(TestSigning.SIGNER).write(ok, target);
        assertThat(Files.readAllBytes(target)).startsWith('P', 'K');
    }

    @Test
    void textLongerThanACellIsCutWithAMarkerAndReported() throws IOException {
        AssessmentReport ok = SampleReports.sample(20, 1);
        List<VmRow> vms = new ArrayList<>(ok.vms());
        VmRow last = vms.get(vms.size() - 1);
        vms.set(vms.size() - 1, new VmRow(new VmIdentity("vm-" + "n".repeat(40_000), last.id().vCenter(),
                last.id().moRef(), last.id().instanceUuid()), last.powerState(), "x".repeat(40_000), last.vcpus(),
                last.memory(), last.storage(), last.cluster(), last.cpu(), last.memoryUse(), last.recommendedSize(),
                last.bindingConstraint(), last.runnerUpSize(), last.runnerUpDelta(), last.monthlyCost(),
                last.readiness(), last.reasonCodes(), last.confidence(), last.fit()));
        AssessmentReport longText = new AssessmentReport(ok.header(), ok.finance(), vms, ok.disks(), ok.avs(),
                ok.readiness(), ok.scenarios(), ok.fitOptions(), ok.onPremises(), ok.assumptions(), ok.inputFiles(),
                ok.plan());

        WrittenWorkbook written = new WorkbookWriter(TestSigning.SIGNER).write(longText, dir.resolve("long.xlsx"));

        assertThat(written.warnings()).singleElement().satisfies(w -> assertThat(w)
                .contains(" texts longer than a cell holds (32767 characters) cut").contains("VMs")
                .contains("'vm-nnnn"));
        try (Workbook wb = WorkbookFactory.create(dir.resolve("long.xlsx").toFile(), null, true)) {
            String name = wb.getSheet(SheetNames.VMS).getRow(vms.size()).getCell(0).getStringCellValue();
            assertThat(name).hasSize(32_767).endsWith("… [truncated by cloudfit: 40003 characters]");
        }
    }
}
