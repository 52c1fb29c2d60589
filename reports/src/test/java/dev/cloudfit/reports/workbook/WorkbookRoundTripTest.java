package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.plan.signing.TestSigning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.DiskRow;
import dev.cloudfit.reports.model.Fit;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.ScenarioRow;
import dev.cloudfit.reports.model.VmRow;
import dev.cloudfit.reports.plan.PlanColumn;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.reports.testing.SampleReports;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes a 50-VM workbook and reads it back with openpyxl, an independent implementation. */
class WorkbookRoundTripTest {

    @TempDir
    static Path dir;
    static AssessmentReport report;
    static JsonNode book;
    static JsonNode values;
    static long poiTempFilesLeft;

    @BeforeAll
    static void writeAndRead() throws IOException {
        assumeTrue(Files.isExecutable(Path.of(ExternalTools.PYTHON)), "needs /usr/bin/python3 with openpyxl");
        report = SampleReports.sample(50, 7);
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = countFiles(poiTemp);
        Path file = dir.resolve("report.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(report, file);
        poiTempFilesLeft = countFiles(poiTemp) - before;
        book = ExternalTools.dump(file, false);
        values = ExternalTools.dump(file, true);
    }

    private static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static JsonNode sheet(String name) {
        return book.path("sheets").path(name);
    }

    private static JsonNode cell(JsonNode sheetNode, int row, int col) {
        return sheetNode.path("rows").path(row).path(col);
    }

    @Test
    void opensWithoutWarningsWithTheSheetsInOrderAndTheManifestVeryHidden() {
        assertThat(book.path("warnings")).isEmpty();
        List<String> names = new ArrayList<>();
        book.path("sheets").fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("Summary", "VMs", "Disks", "AVS", "Readiness", "Scenarios",
                "Price inputs", "On-premises", "Assumptions", "Migration Plan", "_manifest");
        assertThat(sheet("_manifest").path("state").asText()).isEqualTo("veryHidden");
        assertThat(sheet("VMs").path("state").asText()).isEqualTo("visible");
        assertThat(poiTempFilesLeft).as("SXSSF temp files disposed").isLessThanOrEqualTo(0);
    }

    @Test
    void everyVmRowReadsBackAsWritten() {
        JsonNode vms = sheet("VMs");
        assertThat(vms.path("rows")).hasSize(report.vms().size() + 1);
        int costColumn = 18;
        for (int i = 0; i < report.vms().size(); i++) {
            VmRow vm = report.vms().get(i);
            int r = i + 1;
            assertThat(cell(vms, r, 0).path("v").asText()).isEqualTo(vm.id().name());
            assertThat(cell(vms, r, 0).path("t").asText()).isEqualTo("s");
            assertThat(cell(vms, r, 3).path("v").asText()).isEqualTo(vm.id().instanceUuid());
            assertThat(cell(vms, r, 5).path("v").asText()).isEqualTo(vm.operatingSystem());
            assertThat(cell(vms, r, 7).path("v").asInt()).isEqualTo(vm.vcpus());
            assertThat(cell(vms, r, 8).path("v").asDouble()).isEqualTo(vm.memory().toGibibytes());
            if (vm.cpu().isPresent()) {
                assertThat(cell(vms, r, 10).path("v").asDouble()).isEqualTo(vm.cpu().get().value().fraction());
                assertThat(cell(vms, r, 11).path("v").asText()).startsWith("P95 CPU ").endsWith(" % (30 days at 2 h)");
            } else {
                assertThat(cell(vms, r, 10).path("v").asText()).isEqualTo("missing");
            }
            for (int s = 0; s < report.scenarios().size(); s++) {
                JsonNode c = cell(vms, r, costColumn + s);
                Optional<Money> cost = vm.costIn(report.scenarios().get(s).name());
                if (cost.isPresent()) {
                    assertThat(c.path("v").asDouble()).isEqualTo(cost.get().amount().doubleValue());
                    assertThat(c.path("fmt").asText()).isEqualTo("#,##0.00 \"EUR\"");
                } else {
                    assertThat(c.path("t").asText()).as("missing price, never 0").isEqualTo("s");
                    assertThat(c.path("v").asText()).as("missing price, never 0")
                            .isEqualTo(vm.fit() == Fit.IAAS ? "missing" : "n/a (" + vm.fit().label() + ")");
                }
            }
            int readiness = costColumn + report.scenarios().size();
            assertThat(cell(vms, r, readiness).path("v").asText()).isEqualTo(vm.readiness().label());
            assertThat(cell(vms, r, readiness + 2).path("v").asText()).isEqualTo(vm.confidence().display());
            assertThat(cell(vms, r, readiness + 3).path("v").asText()).isEqualTo(vm.fit().label());
        }
        assertThat(report.vms().stream().anyMatch(v -> v.costIn("PAYG").isEmpty())).isTrue();
        assertThat(report.vms().stream().anyMatch(v -> v.fit() == Fit.IAAS
                && v.monthlyCost().values().stream().anyMatch(Optional::isEmpty)))
                .as("the sample has a VM on IaaS with a missing price").isTrue();
    }

    @Test
    void formulaLikeTextFromVcenterStaysText() {
        JsonNode vms = sheet("VMs");
        JsonNode plan = sheet("Migration Plan");
        for (int i = 0; i < SampleReports.HOSTILE.size(); i++) {
            String hostile = SampleReports.HOSTILE.get(i);
            assertThat(cell(vms, i + 1, 0).path("v").asText()).isEqualTo(hostile);
            assertThat(cell(vms, i + 1, 0).path("t").asText()).isEqualTo("s");
            assertThat(cell(vms, i + 1, 5).path("t").asText()).isEqualTo("s");
        }
        boolean seen = false;
        for (JsonNode row : plan.path("rows")) {
            if (SampleReports.HOSTILE.contains(row.path(0).path("v").asText())) {
                assertThat(row.path(0).path("t").asText()).isEqualTo("s");
                seen = true;
            }
        }
        assertThat(seen).isTrue();
    }

    @Test
    void disksAndPlanReadBack() {
        JsonNode disks = sheet("Disks");
        assertThat(disks.path("rows")).hasSize(report.disks().size() + 1);
        DiskRow d = report.disks().get(3);
        assertThat(cell(disks, 4, 2).path("v").asText()).isEqualTo(d.label());
        assertThat(cell(disks, 4, 4).path("v").asDouble()).isEqualTo(d.provisioned().toGibibytes());
        assertThat(cell(disks, 4, 4).path("fmt").asText()).isEqualTo("#,##0.0 \"GiB\"");

        JsonNode plan = sheet("Migration Plan");
        assertThat(plan.path("rows")).hasSize(report.plan().size() + 1);
        for (int i = 0; i < report.plan().size(); i++) {
            PlanRow p = report.plan().get(i);
            JsonNode row = plan.path("rows").path(i + 1);
            assertThat(row.path(PlanColumn.INSTANCE_UUID.index()).path("v").asText()).isEqualTo(p.vm().instanceUuid());
            assertThat(row.path(PlanColumn.TARGET_SIZE.index()).path("v").asText()).isEqualTo(p.targetSize());
            assertThat(row.path(PlanColumn.DISK_TYPES.index()).path("v").asText())
                    .isEqualTo(String.join("; ", p.diskTypes()));
            assertThat(row.path(PlanColumn.WAVE.index()).path("v").asInt()).isEqualTo(p.wave());
            for (PlanColumn c : PlanColumn.values()) {
                assertThat(row.path(c.index()).path("locked").asBoolean()).as(c.header()).isEqualTo(c.locked());
            }
        }
        assertThat(plan.path("validations")).hasSize(1);
        assertThat(plan.path("validations").path(0).path("type").asText()).isEqualTo("list");
        assertThat(plan.path("validations").path(0).path("formula1").asText()).isEqualTo("\"Yes,No\"");
        assertThat(plan.path("validations").path(0).path("sqref").asText())
                .isEqualTo("N2:N" + (report.plan().size() + 1));
    }

    @Test
    void tablesAreFrozenFilteredProtectedAndSized() {
        for (String name : List.of("VMs", "Disks", "AVS", "Readiness", "Scenarios", "Price inputs", "On-premises",
                "Assumptions", "Migration Plan")) {
            JsonNode s = sheet(name);
            assertThat(s.path("freeze").asText()).as(name).isEqualTo("A2");
            assertThat(s.path("filter").asText()).as(name).startsWith("A1:");
            assertThat(s.path("protected").asBoolean()).as(name).isTrue();
            assertThat(s.path("widths").path("A").asDouble()).as(name).isBetween(6.0, 61.0);
        }
        assertThat(sheet("VMs").path("filter").asText()).isEqualTo("A1:Z51");
        assertThat(sheet("VMs").path("conditional").asInt()).isPositive();
        assertThat(sheet("Summary").path("protected").asBoolean()).isTrue();
        // the instance UUID column is as wide as a UUID, the vCPU column is narrow
        assertThat(sheet("VMs").path("widths").path("D").asDouble()).isEqualTo(38.0);
        assertThat(sheet("VMs").path("widths").path("H").asDouble()).isLessThan(10.0);
    }

    @Test
    void editableInputsAreNamedUnlockedCells() {
        JsonNode names = book.path("names");
        assertThat(names.path("Discount").asText()).isEqualTo("Summary!$B$11:$B$11");
        assertThat(names.path("HoursPerMonth").asText()).isEqualTo("Summary!$B$12:$B$12");
        assertThat(names.path("OnPremQuantities").asText()).isEqualTo("'On-premises'!$B$2:$B$6");
        assertThat(names.path("OnPremUnitCosts").asText()).isEqualTo("'On-premises'!$D$2:$D$6");
        JsonNode summary = sheet("Summary");
        assertThat(cell(summary, 10, 1).path("locked").asBoolean()).isFalse();
        assertThat(cell(summary, 11, 1).path("locked").asBoolean()).isFalse();
        assertThat(cell(summary, 10, 0).path("locked").asBoolean()).isTrue();
        JsonNode onPrem = sheet("On-premises");
        assertThat(cell(onPrem, 1, 1).path("locked").asBoolean()).isFalse();
        assertThat(cell(onPrem, 1, 3).path("locked").asBoolean()).isFalse();
        assertThat(cell(onPrem, 1, 4).path("locked").asBoolean()).isTrue();
        assertThat(cell(onPrem, 1, 4).path("v").asText()).isEqualTo("=ROUND(B2*D2,2)");
        JsonNode inputs = sheet("Price inputs");
        assertThat(cell(inputs, 1, 4).path("locked").asBoolean()).as("unit rate input").isFalse();
        assertThat(cell(inputs, 1, 5).path("locked").asBoolean()).isTrue();
        assertThat(cell(inputs, 1, 5).path("v").asText()).isEqualTo("=IF(ISNUMBER(E2),E2*C2*HoursPerMonth,0)");
        // the discount on compute only (the default), never silently on disks (F) or the rounding share (G)
        assertThat(cell(sheet("Scenarios"), 1, 9).path("v").asText())
                .isEqualTo("=ROUND((C2*HoursPerMonth+D2)*(1-Discount)+E2*HoursPerMonth+F2+G2,2)");
    }

    @Test
    void cachedFormulaResultsAreJavasTotals() {
        JsonNode scenarios = values.path("sheets").path("Scenarios");
        for (int i = 0; i < report.scenarios().size(); i++) {
            ScenarioRow s = report.scenarios().get(i);
            JsonNode row = scenarios.path("rows").path(i + 1);
            assertThat(row.path(9).path("v").isNumber()).as(s.name()).isTrue();
            assertThat(cents(row.path(9).path("v").asDouble())).isEqualTo(s.monthly(report.finance()).amount());
            assertThat(cents(row.path(11).path("v").asDouble())).isEqualTo(s.threeYears(report.finance()).amount());
        }
    }

    static BigDecimal cents(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
