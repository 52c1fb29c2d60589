package dev.cloudfit.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.AssumptionValue;
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.model.OnPremInput;
import dev.cloudfit.reports.model.Readiness;
import dev.cloudfit.reports.model.ReadinessRow;
import dev.cloudfit.reports.plan.signing.TestSigning;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.reports.testing.SampleReports;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 point 8, the workbook reads like a product: what a finance reader sees, read back with openpyxl
 * (not POI). Each test builds its report here, with the raw codes, duplicates and figures it checks.
 */
class WorkbookWordsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsOpenpyxl() {
        assumeTrue(Files.isExecutable(Path.of(ExternalTools.PYTHON)), "needs /usr/bin/python3 with openpyxl");
    }

    private Path write(AssessmentReport r) throws IOException {
        Path file = dir.resolve("words.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(r, file);
        return file;
    }

    private static AssessmentReport with(AssessmentReport r, List<ReadinessRow> readiness, List<OnPremInput> onPrem,
            List<Assumption> assumptions, List<InputFile> inputs) {
        return new AssessmentReport(r.header(), r.finance(), r.vms(), r.disks(), r.avs(), readiness, r.scenarios(),
                r.fitOptions(), onPrem, assumptions, inputs, r.plan());
    }

    private static JsonNode row(JsonNode rows, String first) {
        for (JsonNode row : rows) {
            if (row.path(0).path("v").asText().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static List<String> column(JsonNode rows, int c) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : rows) {
            out.add(row.path(c).path("v").asText());
        }
        return out;
    }

    @Test
    void assumptionsListEachItemOnceWithFiguresAsNumbersInTheirUnits() throws IOException {
        AssessmentReport base = SampleReports.sample(12, 5); // EUR
        List<Assumption> assumptions = List.of(
                new Assumption("Comfort factor", AssumptionValue.number(new BigDecimal("1.3"), "×"), "headroom"),
                new Assumption("Performance window", AssumptionValue.number(30, "days"), "history"),
                new Assumption("AVS vSAN slack", AssumptionValue.share(new BigDecimal("0.25")), "kept free"),
                new Assumption("Host purchase price", AssumptionValue.amount(Money.of("18000", "EUR")), "one host"),
                new Assumption("Quote in dollars", AssumptionValue.amount(Money.of("99.5", "USD")), "other currency"),
                // the report also names the tool version: the sheet writes it once
                new Assumption("Tool version", "0.1.0-test", "cloudfit"));
        Path file = write(with(base, base.readiness(), base.onPremises(), assumptions,
                List.of(new InputFile("rvtools.xlsx", "b".repeat(64)))));
        JsonNode rows = ExternalTools.dump(file, false).path("sheets").path("Assumptions").path("rows");

        List<String> names = column(rows, 0);
        assertThat(names).doesNotHaveDuplicates()
                .containsSubsequence("Comfort factor", "Tool version", "Currency", "Regions", "Plan signing key",
                        "Input SHA-256: rvtools.xlsx");
        JsonNode comfort = row(rows, "Comfort factor").path(1);
        assertThat(comfort.path("t").asText()).isEqualTo("n");
        assertThat(comfort.path("v").asDouble()).isEqualTo(1.3);
        assertThat(comfort.path("fmt").asText()).isEqualTo("#,##0.0 \"×\"");
        JsonNode window = row(rows, "Performance window").path(1);
        assertThat(window.path("v").asDouble()).isEqualTo(30.0);
        assertThat(window.path("fmt").asText()).isEqualTo("#,##0 \"days\"");
        JsonNode slack = row(rows, "AVS vSAN slack").path(1);
        assertThat(slack.path("v").asDouble()).isEqualTo(0.25);
        assertThat(slack.path("fmt").asText()).isEqualTo("0%");
        JsonNode price = row(rows, "Host purchase price").path(1);
        assertThat(price.path("v").asDouble()).isEqualTo(18000.0);
        assertThat(price.path("fmt").asText()).isEqualTo("#,##0.00 \"EUR\"");
        // never shown under the workbook's EUR format: words, with its own currency
        assertThat(row(rows, "Quote in dollars").path(1).path("v").asText()).isEqualTo("99.5 USD");
        assertThat(row(rows, "Tool version").path(1).path("v").asText()).isEqualTo("0.1.0-test");
        assertThat(row(rows, "Tool version").path(2).path("v").asText())
                .as("the first of the two rows is kept").isEqualTo("cloudfit");
    }

    @Test
    void powerStatesAndReasonCodesReadAsWords() throws IOException {
        AssessmentReport base = SampleReports.sample(20, 9);
        List<ReadinessRow> readiness = List.of(
                new ReadinessRow("azure.disk.no-iops", "no allowed disk tier reaches the disk's IOPS",
                        Readiness.NOT_READY, 2, "allow Premium SSD v2"),
                new ReadinessRow("custom.rule", Readiness.READY_WITH_CONDITIONS, 1, "check it"));
        Path file = write(with(base, readiness, base.onPremises(), base.assumptions(), base.inputFiles()));
        JsonNode sheets = ExternalTools.dump(file, false).path("sheets");

        JsonNode vms = sheets.path("VMs").path("rows");
        List<String> power = column(vms, 4);
        assertThat(power.get(0)).isEqualTo("Power state");
        // the sample powers off every 17th VM (VM 0 and 17), the rest are on
        assertThat(power.subList(1, power.size())).containsOnly("On", "Off");
        assertThat(power.get(1)).isEqualTo("Off");
        assertThat(power.get(18)).isEqualTo("Off");
        assertThat(power.get(2)).isEqualTo("On");

        JsonNode ready = sheets.path("Readiness").path("rows");
        assertThat(ready.path(1).path(0).path("v").asText())
                .isEqualTo("azure.disk.no-iops — no allowed disk tier reaches the disk's IOPS");
        assertThat(ready.path(2).path(0).path("v").asText()).as("an id without a sentence stays the id")
                .isEqualTo("custom.rule");
    }

    @Test
    void onPremisesQuantitiesAreYellowInputsAndCountsShowNoDecimals() throws IOException {
        AssessmentReport base = SampleReports.sample(10, 2);
        List<OnPremInput> onPrem = List.of(
                new OnPremInput("Hardware", new BigDecimal("23"), "host", Money.of("333.33", "EUR"), "60 months"),
                new OnPremInput("Administration", new BigDecimal("11.5"), "admin hour", Money.of("75", "EUR"), "h"),
                new OnPremInput("Storage (provisioned)", new BigDecimal("7.36"), "TiB", Money.of("25", "EUR"),
                        "VMs' provisioned virtual disk capacity"));
        Path file = write(with(base, base.readiness(), onPrem, base.assumptions(), base.inputFiles()));
        JsonNode rows = ExternalTools.dump(file, false).path("sheets").path("On-premises").path("rows");
        JsonNode hosts = row(rows, "Hardware");
        assertThat(hosts.path(1).path("v").asDouble()).isEqualTo(23.0);
        assertThat(hosts.path(1).path("fmt").asText()).isEqualTo("#,##0");
        assertThat(hosts.path(1).path("locked").asBoolean()).as("an editable input").isFalse();
        assertThat(hosts.path(3).path("locked").asBoolean()).as("the rate is editable too").isFalse();
        assertThat(hosts.path(4).path("v").asText()).isEqualTo("=ROUND(B2*D2,2)");
        JsonNode admin = row(rows, "Administration");
        assertThat(admin.path(1).path("fmt").asText()).isEqualTo("#,##0.00");
        JsonNode storage = row(rows, "Storage (provisioned)");
        assertThat(storage.path(1).path("v").asDouble()).isEqualTo(7.36);
        assertThat(storage.path(1).path("fmt").asText()).as("TiB with the two decimals it is rounded to")
                .isEqualTo("#,##0.00");
        assertThat(storage.path(1).path("locked").asBoolean()).as("an editable input").isFalse();
        assertThat(storage.path(2).path("v").asText()).isEqualTo("TiB");
        assertThat(storage.path(3).path("locked").asBoolean()).as("the rate per TiB is editable too").isFalse();
        assertThat(storage.path(4).path("v").asText()).isEqualTo("=ROUND(B4*D4,2)");
        assertThat(row(rows, "Total per month").path(4).path("v").asText()).isEqualTo("=SUM(E2:E4)");
    }

    @Test
    void theVmsSheetPrintsItsKeyColumnsOnOnePageWidthWithTheHeaderRepeated() throws IOException {
        AssessmentReport base = SampleReports.sample(15, 4);
        Path file = write(base);
        String script = String.join("\n",
                "import openpyxl, sys",
                "ws = openpyxl.load_workbook(sys.argv[1])['VMs']",
                "heads = [c.value for c in ws[1]]",
                "hidden = set()",
                "for key, d in ws.column_dimensions.items():",
                "    if d.hidden:",
                "        for i in range(d.min, d.max + 1):",
                "            hidden.add(heads[i - 1])",
                "print(ws.print_area)",
                "print(ws.print_title_rows, ws.page_setup.orientation, ws.page_setup.fitToWidth,"
                        + " ws.sheet_properties.pageSetUpPr.fitToPage)",
                "print('|'.join(h for h in heads if h not in hidden))",
                "print('|'.join(h for h in heads if h in hidden))");
        List<String> out = ExternalTools.run(List.of(ExternalTools.PYTHON, "-c", script, file.toString()), 120, dir)
                .lines().toList();
        int lastRow = 15 + 1;
        assertThat(out.get(0)).isEqualTo("['$A$1:$" + lastColumn(base) + "$" + lastRow + "']");
        assertThat(out.get(1)).isEqualTo("$1:$1 landscape 1 True");
        String reference = "Monthly, " + base.scenarios().get(0).name();
        assertThat(out.get(2).split("\\|")).contains("VM", "Power state", "Operating system", "Cluster",
                "vCPUs", "Memory", "Storage", "Recommended size", reference, "Readiness", "Fit")
                .doesNotContain("Instance UUID", "MoRef", "CPU basis", "Runner-up size");
        List<String> hidden = new ArrayList<>(List.of("vCenter", "MoRef", "Instance UUID", "CPU basis",
                "Memory basis", "Runner-up size", "Runner-up delta (monthly)"));
        // every scenario but the reference (adjacent columns: each one hidden, not only the first of the run)
        base.scenarios().subList(1, base.scenarios().size()).forEach(s -> hidden.add("Monthly, " + s.name()));
        assertThat(out.get(3).split("\\|")).containsExactlyInAnyOrderElementsOf(hidden);
    }

    @Test
    void theTop20TablesTextStandsApartFromTheFigureBeforeIt() throws IOException {
        Path file = write(SampleReports.sample(25, 6));
        String script = String.join("\n",
                "import openpyxl, sys",
                "ws = openpyxl.load_workbook(sys.argv[1])['Summary']",
                "top = next(r for r in range(1, ws.max_row + 1)"
                        + " if str(ws.cell(r, 1).value).startswith('Top 20 most expensive VMs'))",
                "first = top + 2",
                "b, c = ws.cell(first, 2), ws.cell(first, 3)",
                "print(type(b.value).__name__, b.number_format)",
                "print(c.value, c.alignment.indent)");
        List<String> out = ExternalTools.run(List.of(ExternalTools.PYTHON, "-c", script, file.toString()), 120, dir)
                .lines().toList();
        // the figure is a number carrying its currency in the format; the cluster beside it is indented
        assertThat(out.get(0)).isEqualTo("float #,##0.00 \"EUR\"");
        assertThat(out.get(1)).startsWith("cluster-").endsWith(" 1.0");
    }

    /** VMs columns: 18 leading, one per scenario, 4 trailing. */
    private static String lastColumn(AssessmentReport r) {
        int columns = 18 + r.scenarios().size() + 4;
        return org.apache.poi.ss.util.CellReference.convertNumToColString(columns - 1);
    }
}
