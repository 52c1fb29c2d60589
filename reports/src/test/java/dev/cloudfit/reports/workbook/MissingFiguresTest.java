package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.plan.signing.TestSigning;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.AvsRow;
import dev.cloudfit.reports.model.FitOption;
import dev.cloudfit.reports.testing.ExternalTools;
import dev.cloudfit.reports.testing.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures that do not exist stay words: no on-premises inputs, a scenario without any price, a
 * placement and an AVS option without a price. Read back with openpyxl; the scenario chart's range
 * is read from the chart XML.
 */
class MissingFiguresTest {

    @TempDir
    Path dir;

    private static AssessmentReport report() {
        AssessmentReport r = SampleReports.withUnpricedScenario(SampleReports.sample(30, 3), "SP 3 years");
        return new AssessmentReport(r.header(), r.finance(), r.vms(), r.disks(),
                List.of(new AvsRow("All VMs", "AV52", 9, "storage", Optional.empty())), r.readiness(), r.scenarios(),
                List.of(new FitOption("All IaaS", 27, 0, 3, Money.of("1234.56", SampleReports.CURRENCY)),
                        new FitOption("All AVS", 0, 30, 0, Optional.empty(), "n/a — no price for the AVS nodes")),
                List.of(), r.assumptions(), r.inputFiles(), r.plan());
    }

    @Test
    void missingFiguresReadAsWordsAndTheChartLeavesThemOut() throws IOException {
        assumeTrue(Files.isExecutable(Path.of(ExternalTools.PYTHON)), "needs /usr/bin/python3 with openpyxl");
        AssessmentReport report = report();
        Path file = dir.resolve("missing.xlsx");
        new WorkbookWriter(TestSigning.SIGNER).write(report, file);
        JsonNode sheets = ExternalTools.dump(file, false).path("sheets");
        JsonNode summary = sheets.path("Summary").path("rows");

        int onPrem = rowOf(summary, "On-premises (as is)");
        assertThat(summary.path(onPrem).path(1).path("v").asText()).startsWith("n/a — no on-premises inputs");
        for (int r = 15; r < onPrem; r++) {
            assertThat(summary.path(r).path(4).path("v").asText()).as("vs on-premises, row " + r).startsWith("n/a");
        }
        int unpriced = rowOf(summary, "SP 3 years");
        assertThat(unpriced).isGreaterThan(onPrem);
        assertThat(summary.path(unpriced).path(1).path("v").asText())
                .isEqualTo("n/a — no price in " + SampleReports.PRICE_SOURCE);
        int avsOption = rowOf(summary, "All AVS");
        assertThat(summary.path(avsOption).path(1).path("v").asText()).isEqualTo("n/a");
        assertThat(summary.path(avsOption).path(5).path("v").asText()).isEqualTo("n/a — no price for the AVS nodes");
        assertThat(sheets.path("AVS").path("rows").path(1).path(4).path("v").asText()).isEqualTo("missing");

        // the scenario chart: priced rows only (no on-premises row either, as there are no inputs)
        String chart = scenarioChart(file);
        Matcher m = Pattern.compile("<c:val>.*?Summary!\\$B\\$(\\d+):\\$B\\$(\\d+)", Pattern.DOTALL).matcher(chart);
        assertThat(m.find()).as(chart).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(16);
        assertThat(Integer.parseInt(m.group(2))).as("last charted row, 1-based").isEqualTo(onPrem);
    }

    private static int rowOf(JsonNode rows, String first) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.path(i).path(0).path("v").asText().equals(first)) {
                return i;
            }
        }
        throw new AssertionError("no row " + first);
    }

    private static String scenarioChart(Path xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().startsWith("xl/charts/chart")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    if (xml.contains("Azure scenarios and on-premises")) {
                        return xml;
                    }
                }
            }
        }
        throw new AssertionError("no scenario chart");
    }
}
