package dev.cloudfit.reports.plan;

import dev.cloudfit.reports.plan.signing.TestSigning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.reports.testing.SampleReports;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import dev.cloudfit.reports.workbook.WrittenWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Approval and tamper detection: the workbook is edited the way people edit it (openpyxl stands in
 * for a spreadsheet program; POI for a script), then read back.
 */
class ApprovedPlanReaderTest {

    @TempDir
    static Path dir;
    static AssessmentReport report;
    static Path written;
    static WrittenWorkbook result;
    private final ApprovedPlanReader reader = new ApprovedPlanReader(TestSigning.SIGNER.trustedKeys());

    @BeforeAll
    static void write() {
        report = SampleReports.sample(30, 3);
        written = dir.resolve("plan.xlsx");
        result = new WorkbookWriter(TestSigning.SIGNER).write(report, written);
    }

    private static Path edited(String name, Object ops) {
        assumeTrue(Files.isExecutable(Path.of(ExternalTools.PYTHON)), "needs /usr/bin/python3 with openpyxl");
        Path out = dir.resolve(name + ".xlsx");
        ExternalTools.edit(written, out, ops);
        return out;
    }

    private static Map<String, Object> set(String sheet, String cell, Object value, String as) {
        return Map.of("sheet", sheet, "cell", cell, "value", value, "as", as);
    }

    private static Path withPoi(String name, Consumer<XSSFWorkbook> change) throws IOException {
        Path out = dir.resolve(name + ".xlsx");
        try (InputStream in = Files.newInputStream(written); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            change.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        return out;
    }

    @Test
    void anUntouchedWorkbookApprovesNothingAndVerifies() {
        ApprovedPlan plan = reader.read(written);
        assertThat(plan.workbookId()).isEqualTo(result.workbookId());
        assertThat(plan.modelVersion()).isEqualTo(AssessmentReport.MODEL_VERSION);
        assertThat(plan.planRows()).isEqualTo(report.plan().size());
        assertThat(plan.approved()).isEmpty();
    }

    @Test
    void approvedRowsComeBackExactlyAsAssessedWithWhoAndWhen() {
        Path file = edited("approved", List.of(
                set("Migration Plan", "N2", "Yes", "text"),
                set("Migration Plan", "O2", "alice@contoso.example", "text"),
                set("Migration Plan", "P2", "2026-11-20", "date"),
                set("Migration Plan", "N3", "No", "text"),
                set("Migration Plan", "N5", "yes", "text"),
                set("Migration Plan", "O5", "bob", "text"),
                set("Migration Plan", "P5", "2026-11-21", "text")));
        ApprovedPlan plan = reader.read(file);
        assertThat(plan.approved()).hasSize(2);
        ApprovedRow first = plan.approved().get(0);
        assertThat(first.sheetRow()).isEqualTo(2);
        assertThat(first.plan()).isEqualTo(report.plan().get(0));
        assertThat(first.approvedBy()).isEqualTo("alice@contoso.example");
        assertThat(first.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        ApprovedRow second = plan.approved().get(1);
        assertThat(second.plan()).isEqualTo(report.plan().get(3));
        assertThat(second.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void aChangedTargetSizeIsRefusedNamingRowAndColumn() {
        Path file = edited("tampered-size", List.of(set("Migration Plan", "E4", "Standard_M128s", "text"),
                set("Migration Plan", "N4", "Yes", "text")));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("sheet Migration Plan, row 4, column 'Target size (E)'")
                .hasMessageContaining("Standard_M128s");
    }

    @Test
    void targetsTheAdminSetsAreExecutedAsTyped() {
        Path file = edited("targets", List.of(set("Migration Plan", "H6", "rg-prod-(eu).1", "text"),
                set("Migration Plan", "I6", "vnet-hub", "text"), set("Migration Plan", "J6", "snet_db", "text"),
                set("Migration Plan", "K6", 9, "number"), set("Migration Plan", "L6", "10.1.2.40", "text"),
                set("Migration Plan", "M6", "vnet-hub-test", "text"), set("Migration Plan", "N6", "Yes", "text"),
                set("Migration Plan", "O6", "dana", "text"), set("Migration Plan", "P6", "2026-12-07", "text")));
        ApprovedRow row = reader.read(file).approved().get(0);
        assertThat(row.plan().targetSize()).isEqualTo(report.plan().get(4).targetSize());
        assertThat(List.of(row.plan().resourceGroup(), row.plan().vnet(), row.plan().subnet(), row.plan().ip(),
                row.plan().testVnet())).containsExactly("rg-prod-(eu).1", "vnet-hub", "snet_db", "10.1.2.40", "vnet-hub-test");
        assertThat(row.plan().wave()).isEqualTo(9);
    }

    @Test
    void invalidTargetsAreRefusedNamingTheCellAndTheRule() {
        assertThatThrownBy(() -> reader.read(edited("bad-vnet", List.of(set("Migration Plan", "I3", "-vnet", "text")))))
                .hasMessageContaining("row 3, column 'VNet (I)'").hasMessageContaining("starts with a letter or digit");
        assertThatThrownBy(() -> reader.read(edited("bad-rg", List.of(set("Migration Plan", "H4", "rg.", "text")))))
                .hasMessageContaining("row 4, column 'Resource group (H)'").hasMessageContaining("period");
        assertThatThrownBy(() -> reader.read(edited("bad-wave", List.of(set("Migration Plan", "K2", "2.5", "text")))))
                .hasMessageContaining("row 2, column 'Wave (K)'").hasMessageContaining("1 to 999");
        assertThatThrownBy(() -> reader.read(edited("bad-ip", List.of(set("Migration Plan", "L2", "10.1.2.300", "text")))))
                .hasMessageContaining("row 2, column 'IP (L)'").hasMessageContaining("dynamic");
        assertThatThrownBy(() -> reader.read(edited("same-test-vnet", List.of(set("Migration Plan", "M2", "vnet-landing", "text")))))
                .hasMessageContaining("row 2, column 'Test VNet (M)'").hasMessageContaining("isolated");
    }

    @Test
    void anApprovedRowNeedsItsNetworkSet() {
        Path file = edited("no-subnet", List.of(set("Migration Plan", "J2", "", "text"),
                set("Migration Plan", "N2", "Yes", "text"), set("Migration Plan", "O2", "erin", "text"),
                set("Migration Plan", "P2", "2026-12-07", "text")));
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("row 2, column 'Subnet (J)'")
                .hasMessageContaining("no Subnet is set");
    }

    @Test
    void aFormulaInAFactCellIsRefused() throws IOException {
        Path file = withPoi("formula", wb -> wb.getSheet("Migration Plan").getRow(2).getCell(6)
                .setCellFormula("\"west\"&\"europe\""));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("row 3, column 'Region (G)'").hasMessageContaining("formula");
    }

    @Test
    void aDuplicatedRowIsRefused() {
        int after = report.plan().size() + 2;
        Path file = edited("duplicated", List.of(Map.of("sheet", "Migration Plan", "copy_row", 3, "to_row", after)));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("row " + after).hasMessageContaining("duplicated row")
                .hasMessageContaining("already on row 3");
    }

    @Test
    void aDeletedRowIsRefused() {
        Path file = edited("deleted", List.of(Map.of("sheet", "Migration Plan", "delete_row", 4)));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("deleted").hasMessageContaining(report.plan().get(2).vm().instanceUuid());
    }

    @Test
    void anAlteredManifestIsRefused() {
        Path file = edited("manifest-edit", List.of(set("_manifest", "B7", "0".repeat(64), "text")));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("manifest was altered");
    }

    @Test
    void aRefingerprintedRowWithoutANewManifestDigestIsRefused() {
        // someone edits a fact and also pastes a matching row digest into the manifest
        List<String> facts = new java.util.ArrayList<>(PlanFacts.of(report.plan().get(0)));
        facts.set(PlanColumn.TARGET_SIZE.index(), "Standard_M128s");
        Path file = edited("manifest-forged", List.of(set("Migration Plan", "E2", "Standard_M128s", "text"),
                set("_manifest", "B6", Fingerprint.row(facts), "text"),
                set("_manifest", "C6", Fingerprint.columns(facts), "text")));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("manifest was altered");
    }

    @Test
    void aMissingManifestIsRefused() throws IOException {
        Path file = withPoi("no-manifest", wb -> wb.removeSheetAt(wb.getSheetIndex("_manifest")));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no manifest sheet");
    }

    @Test
    void approvalNeedsYesOrNoAndAnApproverAndADate() {
        Path maybe = edited("maybe", List.of(set("Migration Plan", "N2", "Maybe", "text")));
        assertThatThrownBy(() -> reader.read(maybe)).hasMessageContaining("row 2, column 'Approved (N)'")
                .hasMessageContaining("neither Yes nor No");
        Path anonymous = edited("anonymous", List.of(set("Migration Plan", "N3", "Yes", "text"),
                set("Migration Plan", "P3", "2026-11-20", "date")));
        assertThatThrownBy(() -> reader.read(anonymous)).hasMessageContaining("row 3, column 'Approved by (O)'");
        Path undated = edited("undated", List.of(set("Migration Plan", "N3", "Yes", "text"),
                set("Migration Plan", "O3", "carol", "text")));
        assertThatThrownBy(() -> reader.read(undated)).hasMessageContaining("row 3, column 'Approved on (P)'");
    }

    @Test
    void aRenamedColumnIsRefused() {
        Path file = edited("renamed", List.of(set("Migration Plan", "E1", "Size", "text")));
        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("row 1, column 'Target size'")
                .hasMessageContaining("found 'Size'");
    }
}
