package dev.cloudfit.reports.plan.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.plan.ApprovedPlan;
import dev.cloudfit.reports.plan.ApprovedPlanReader;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.reports.testing.SampleReports;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Migration Plan as a signed contract: a forger who follows docs/workbook.md and recomputes
 * every digest is refused; a workbook signed by a key this machine does not trust is refused;
 * edits to the admin columns are accepted.
 */
class PlanSignatureTest {

    @TempDir
    static Path dir;
    static AssessmentReport report;
    static Path written;
    static final PlanSigner ASSESSOR = PlanSigner.generate();
    private final ApprovedPlanReader reader = new ApprovedPlanReader(ASSESSOR.trustedKeys());

    @BeforeAll
    static void write() {
        report = SampleReports.sample(20, 11);
        written = dir.resolve("plan.xlsx");
        new WorkbookWriter(ASSESSOR).write(report, written);
    }

    private static Path forged(String name, Map<String, String> edits) throws Exception {
        assumeTrue(Files.isExecutable(Path.of(ExternalTools.PYTHON)), "needs /usr/bin/python3 with openpyxl");
        Path script = ExternalTools.resource("/openpyxl/forge_plan.py");
        Path out = dir.resolve(name + ".xlsx");
        ExternalTools.run(List.of(ExternalTools.PYTHON, script.toString(), written.toString(), out.toString(),
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(edits)), 120, dir);
        return out;
    }

    @Test
    void theForgersScriptReproducesEveryDigest_soWithNoEditItsWorkbookStillVerifies() throws Exception {
        // the control: proves the script below recomputes the digests exactly as cloudfit does
        ApprovedPlan plan = reader.read(forged("recomputed", Map.of()));
        assertThat(plan.planRows()).isEqualTo(report.plan().size());
        assertThat(plan.signedBy()).isEqualTo(ASSESSOR.fingerprint());
    }

    @Test
    void aChangedSizeAndVnetWithEveryDigestRecomputedIsRefusedBySignature() throws Exception {
        Path file = forged("forged", Map.of("E2", "Standard_M128s", "I2", "vnet-attacker"));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("signature by key " + ASSESSOR.fingerprint())
                .hasMessageContaining("does not match the Migration Plan");
    }

    @Test
    void aWorkbookSignedByAnUntrustedKeyIsRefusedNamingTheKey() {
        PlanSigner stranger = PlanSigner.generate();
        Path file = dir.resolve("stranger.xlsx");
        new WorkbookWriter(stranger).write(report, file);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("signed by key " + stranger.fingerprint())
                .hasMessageContaining("does not trust")
                .hasMessageContaining(ASSESSOR.fingerprint().value());
    }

    @Test
    void editingOnlyTheApprovalColumnsIsAccepted() {
        Path file = dir.resolve("approved.xlsx");
        ExternalTools.edit(written, file, List.of(
                Map.of("sheet", "Migration Plan", "cell", "N2", "value", "Yes", "as", "text"),
                Map.of("sheet", "Migration Plan", "cell", "O2", "value", "carol", "as", "text"),
                Map.of("sheet", "Migration Plan", "cell", "P2", "value", "2026-12-07", "as", "date")));
        ApprovedPlan plan = reader.read(file);
        assertThat(plan.approved()).hasSize(1);
        assertThat(plan.signedBy()).isEqualTo(ASSESSOR.fingerprint());
    }

    @Test
    void aStrippedSignatureIsRefused() throws Exception {
        Path file = dir.resolve("unsigned.xlsx");
        // the signature rows follow the digest: blank them as someone removing the signature would
        ExternalTools.edit(written, file, List.of(
                Map.of("sheet", "_manifest", "cell", "A" + signatureRow(), "value", "", "as", "text"),
                Map.of("sheet", "_manifest", "cell", "B" + signatureRow(), "value", "", "as", "text"),
                Map.of("sheet", "_manifest", "cell", "A" + (signatureRow() + 1), "value", "", "as", "text"),
                Map.of("sheet", "_manifest", "cell", "B" + (signatureRow() + 1), "value", "", "as", "text")));
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not signed");
    }

    /** Manifest: 4 key/value rows, the entries header, one row per plan row, the digest, then the key. */
    private static int signatureRow() {
        return 4 + 1 + report.plan().size() + 1 + 1;
    }
}
