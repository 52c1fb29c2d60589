package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.reports.plan.ApprovedPlan;
import dev.cloudfit.reports.plan.ApprovedPlanReader;
import dev.cloudfit.reports.plan.signing.SigningKeyFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudfit demo} and {@code cloudfit assess} end to end, through the real command line. */
class AssessDemoCommandLineTest {

    @TempDir
    Path dir;

    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return CloudfitCommandLine.run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void demoWritesAPricedPerformanceBasedWorkbookAndRerunsCleanly() throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(run("demo", "--vms", "60", "--out", demo.toString())).as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(stdout()).contains("estate.xlsx", "workspace", "assessment.xlsx", "Monthly PAYG total",
                "Prices: embedded snapshot");
        Path workbook = demo.resolve("assessment.xlsx");
        assertThat(workbook).isRegularFile();
        assertThat(demo.resolve("estate.xlsx")).isRegularFile();

        ApprovedPlan plan = new ApprovedPlanReader(SigningKeyFolder.userDefault().trustedKeys()).read(workbook);
        assertThat(plan.planRows()).isPositive();

        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            List<Map<String, Cell>> vms = rows(wb.getSheet("VMs"));
            assertThat(vms).hasSizeBetween(50, 60);
            assertThat(vms).allSatisfy(r -> assertThat(text(r.get("VM"))).isNotBlank());
            assertThat(vms).anySatisfy(r -> assertThat(text(r.get("Readiness"))).isEqualTo("Ready"));

            List<Map<String, Cell>> scenarios = rows(wb.getSheet("Scenarios"));
            Map<String, Cell> payg = scenarios.stream().filter(r -> text(r.get("Scenario")).equals("PAYG"))
                    .findFirst().orElseThrow();
            assertThat(payg.get("Compute per running hour").getNumericCellValue()).isPositive();

            long notReady = vms.stream().filter(r -> text(r.get("Readiness")).equals("Not ready")).count();
            assertThat(stdout()).contains("not ready " + notReady + ",");
            List<Map<String, Cell>> readiness = rows(wb.getSheet("Readiness"));
            assertThat(readiness).allSatisfy(r -> assertThat(r.get("VMs").getNumericCellValue())
                    .isBetween(1.0, (double) vms.size()));
            if (notReady > 0) {
                assertThat(readiness).anySatisfy(r -> assertThat(text(r.get("Readiness"))).isEqualTo("Not ready"));
            }
        }

        long firstSize = Files.size(workbook);
        assertThat(run("demo", "--vms", "60", "--out", demo.toString())).isZero();
        assertThat(Files.size(workbook)).isPositive();
        assertThat(firstSize).isPositive();
        try (var files = Files.list(demo)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("assessment.xlsx", "estate.xlsx", "workspace");
        }
    }

    @Test
    void assessSizesAGeneratedExportAsOnPremisesAndPrintsJson() throws Exception {
        Path estate = dir.resolve("e.xlsx");
        assertThat(run("generate", "--vms", "40", "--seed", "3", "--out", estate.toString())).isZero();

        Path report = dir.resolve("r.xlsx");
        assertThat(run("assess", "--inventory", estate.toString(), "--out", report.toString())).isZero();
        assertThat(stdout()).contains("VMs: ", "Monthly PAYG total: ", "Prices: embedded snapshot",
                "Scenarios without any price in embedded snapshot of ").contains("RI3Y");
        assertThat(report).isRegularFile();

        assertThat(run("assess", "--inventory", estate.toString(), "--out", report.toString(), "--format", "json"))
                .isZero();
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertThat(json.get("currency").asText()).isEqualTo("USD");
        JsonNode results = json.get("results");
        assertThat(results.size()).isPositive();
        JsonNode first = results.get(0);
        assertThat(first.has("name")).isTrue();
        assertThat(first.has("instanceUuid")).isTrue();
        assertThat(first.has("disks")).isTrue();
        assertThat(first.get("monthlyCost").has("PAYG")).isTrue();
        assertThat(first.has("readiness")).isTrue();
        assertThat(first.has("reasons")).isTrue();
        assertThat(first.has("confidence")).isTrue();
        assertThat(first.has("fit")).isTrue();
        boolean anyPriced = false;
        for (JsonNode vm : results) {
            assertThat(vm.get("bindingConstraint").asText()).startsWith("as on-premises");
            anyPriced |= !vm.get("monthlyCost").get("PAYG").isNull();
            // sized as on-premises: no confidence rating; every VM keeps its disks, sized or not
            assertThat(vm.get("confidence").isNull()).as(vm.get("name").asText()).isTrue();
            assertThat(vm.get("disks").size()).as(vm.get("name").asText()).isPositive();
            vm.get("monthlyCost").fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    assertThat(e.getValue().asText()).as("two decimals").matches("[0-9]+\\.[0-9]{2}");
                }
            });
        }
        assertThat(json.get("placements").size()).isEqualTo(4);
        assertThat(anyPriced).isTrue();
        // a missing price is null with a reason, never 0; a scenario without any price has no total
        for (JsonNode vm : results) {
            vm.get("monthlyCost").fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    assertThat(vm.get("missingCost").get(e.getKey()).asText()).as(e.getKey()).isNotBlank();
                } else {
                    assertThat(new java.math.BigDecimal(e.getValue().asText()).signum()).isPositive();
                }
            });
        }
        JsonNode ri3y = null;
        for (JsonNode s : json.get("scenarios")) {
            if (s.get("name").asText().equals("RI3Y")) {
                ri3y = s;
            }
        }
        assertThat(ri3y).isNotNull();
        assertThat(ri3y.get("monthly").isNull()).isTrue();
        assertThat(ri3y.get("coverage").asText()).isEqualTo("NONE");
        assertThat(ri3y.get("missingReason").asText()).startsWith("no price in embedded snapshot of ");
        assertThat(json.get("scenarios").get(0).get("monthly").isNull()).as("PAYG is priced").isFalse();
    }

    @Test
    void aWorkspaceIsReassessedWithOtherSizingSettingsWithoutCollectingAgain() throws Exception {
        Path estate = dir.resolve("e.xlsx");
        Path ws = dir.resolve("ws");
        assertThat(run("generate", "--vms", "30", "--seed", "5", "--days", "30", "--out", estate.toString(),
                "--workspace", ws.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path report = dir.resolve("r.xlsx");

        assertThat(run("assess", "--workspace", ws.toString(), "--out", report.toString(), "--format", "json")).isZero();
        JsonNode defaults = new ObjectMapper().readTree(stdout());
        assertThat(defaults.get("settings").get("criterion").asText()).isEqualTo("PERFORMANCE_BASED");
        assertThat(defaults.get("settings").get("percentile").asText()).isEqualTo("P95");
        assertThat(defaults.get("settings").get("window").asText()).isEqualTo("30 days");

        assertThat(run("assess", "--workspace", ws.toString(), "--out", report.toString(), "--format", "json",
                "--percentile", "50", "--window", "week", "--comfort-factor", "1.0", "--series", "Dsv5,Esv5",
                "--hours-per-month", "500")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode other = new ObjectMapper().readTree(stdout());
        JsonNode set = other.get("settings");
        assertThat(set.get("percentile").asText()).isEqualTo("P50");
        assertThat(set.get("window").asText()).isEqualTo("7 days");
        assertThat(set.get("comfortFactor").asText()).isEqualTo("1.0");
        assertThat(set.get("hoursPerMonth").asText()).isEqualTo("500");
        boolean sized = false;
        for (JsonNode vm : other.get("results")) {
            String size = vm.get("recommendedSize").asText("");
            if (!vm.get("recommendedSize").isNull() && vm.get("fit").asText().equals("IaaS")) {
                assertThat(size).as(vm.get("name").asText()).matches("Standard_[DE][0-9]+(-[0-9]+)?s_v5");
                sized = true;
            }
        }
        assertThat(sized).isTrue();

        assertThat(run("assess", "--workspace", ws.toString(), "--out", report.toString(), "--format", "json",
                "--criterion", "as-on-premises")).isZero();
        assertThat(new ObjectMapper().readTree(stdout()).get("results").get(0).get("bindingConstraint").asText())
                .startsWith("as on-premises");

        for (String[] bad : List.of(new String[] {"--percentile", "80"}, new String[] {"--window", "fortnight"},
                new String[] {"--comfort-factor", "0"}, new String[] {"--hours-per-month", "800"},
                new String[] {"--criterion", "fast"})) {
            List<String> args = new java.util.ArrayList<>(List.of("assess", "--workspace", ws.toString(), "--out",
                    dir.resolve("bad.xlsx").toString()));
            args.addAll(List.of(bad));
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains(bad[0]);
            assertThat(dir.resolve("bad.xlsx")).doesNotExist();
        }
        assertThat(run("assess", "--inventory", estate.toString(), "--out", report.toString(), "--criterion",
                "performance")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs performance data");
    }

    @Test
    void aMissingInventoryIsExit2WithOneLine() {
        String missing = dir.resolve("nope.xlsx").toString();
        assertThat(run("assess", "--inventory", missing, "--out", dir.resolve("r.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("cloudfit: error: ").contains("nope.xlsx"));
        assertThat(stdout()).isEmpty();
        assertThat(dir.resolve("r.xlsx")).doesNotExist();
    }

    private static List<Map<String, Cell>> rows(Sheet sheet) {
        Row header = sheet.getRow(0);
        Map<Integer, String> names = new HashMap<>();
        for (Cell c : header) {
            names.put(c.getColumnIndex(), c.getStringCellValue());
        }
        List<Map<String, Cell>> out = new java.util.ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (r == null) {
                continue;
            }
            Map<String, Cell> m = new HashMap<>();
            for (Cell c : r) {
                String n = names.get(c.getColumnIndex());
                if (n != null) {
                    m.put(n, c);
                }
            }
            if (!m.isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    private static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString();
    }
}
