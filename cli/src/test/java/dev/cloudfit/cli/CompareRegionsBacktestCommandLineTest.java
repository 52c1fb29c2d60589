package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --workspace --compare-regions --backtest --format json} through the real command line: the JSON's
 * region and backtest figures add up, the primary region's column is the VMs' own PAYG figure, and the workbook
 * carries the same totals on its Regions sheet and a backtest column on the VMs sheet.
 */
class CompareRegionsBacktestCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void jsonAndWorkbookCarryTheComparisonAndTheBacktest() throws Exception {
        Path demo = dir.resolve("demo");
        CommandRun made = CommandRun.of("demo", "--vms", "20", "--out", demo.toString());
        assertThat(made.code()).as(made.err()).isZero();
        Path out = dir.resolve("cmp.xlsx");
        CommandRun run = CommandRun.of("assess", "--workspace", demo.resolve("workspace").toString(),
                "--compare-regions", "northeurope", "--backtest", "--holdout", "5d", "--format", "json",
                "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());

        Map<String, String> payg = new HashMap<>();
        json.path("results").forEach(v -> payg.put(v.path("instanceUuid").asText(),
                v.path("monthlyCost").path("PAYG").asText(null)));
        JsonNode regions = json.path("regions");
        assertThat(regions.path("regions").toString()).isEqualTo("[\"westeurope\",\"northeurope\"]");
        assertThat(regions.path("vms").size()).isPositive();
        Map<String, BigDecimal> sums = new HashMap<>();
        for (JsonNode vm : regions.path("vms")) {
            for (JsonNode c : vm.path("costs")) {
                if (c.path("region").asText().equals("westeurope") && c.path("scenario").asText().equals("PAYG")) {
                    assertThat(c.path("monthly").asText()).isEqualTo(payg.get(vm.path("instanceUuid").asText()));
                }
                if (!c.path("monthly").isNull()) {
                    sums.merge(c.path("region").asText() + "|" + c.path("scenario").asText(),
                            new BigDecimal(c.path("monthly").asText()), BigDecimal::add);
                } else {
                    assertThat(c.path("missing").asText()).isNotBlank();
                }
            }
        }
        Map<String, String> totals = new HashMap<>();
        for (JsonNode t : regions.path("totals")) {
            String key = t.path("region").asText() + "|" + t.path("scenario").asText();
            if (t.path("monthly").isNull()) {
                assertThat(t.path("pricedVms").asLong()).as(key).isZero();
                continue;
            }
            assertThat(new BigDecimal(t.path("monthly").asText())).as(key).isEqualByComparingTo(sums.get(key));
            assertThat(t.path("vms").asLong()).isEqualTo(regions.path("vms").size());
            totals.put(key, t.path("monthly").asText());
        }

        JsonNode bt = json.path("backtest");
        assertThat(bt.path("holdout").asText()).startsWith("5 days (");
        assertThat(bt.path("percentile").asText()).isEqualTo("P95");
        long samples = 0;
        long over = 0;
        for (JsonNode v : bt.path("vms")) {
            if (v.path("notTested").isNull()) {
                samples += v.path("heldOutSamples").asLong();
                over += v.path("overCapacity").asLong();
                // 5 days of 2-hour points: 60 sample times per VM with history to the end
                assertThat(v.path("heldOutSamples").asLong()).isBetween(1L, 60L);
            }
        }
        assertThat(bt.path("heldOutSamples").asLong()).isEqualTo(samples);
        assertThat(bt.path("samplesOverCapacity").asLong()).isEqualTo(over);
        assertThat(bt.path("vmsTested").asLong() + bt.path("vmsNotTested").asLong())
                .isEqualTo(json.path("results").size());
        assertThat(bt.path("summary").asText()).contains("Evidence only: the assessment sizes on the full history");

        try (Workbook wb = WorkbookFactory.create(out.toFile(), null, true)) {
            Sheet vms = wb.getSheet("VMs");
            Row header = vms.getRow(0);
            assertThat(header.getCell(header.getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("Backtest: held-out samples over capacity");
            Sheet sheet = wb.getSheet("Regions");
            Row h = sheet.getRow(0);
            Row total = sheet.getRow(sheet.getLastRowNum() - 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            for (int c = 4; c < h.getLastCellNum(); c++) {
                if (total.getCell(c).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    continue; // "n/a — no VM priced"
                }
                // "Monthly, PAYG @ northeurope"
                String[] title = h.getCell(c).getStringCellValue().substring("Monthly, ".length()).split(" @ ");
                assertThat(BigDecimal.valueOf(total.getCell(c).getNumericCellValue()))
                        .isEqualByComparingTo(totals.get(title[1] + "|" + title[0]));
            }
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Total covers");
        }
    }
}
