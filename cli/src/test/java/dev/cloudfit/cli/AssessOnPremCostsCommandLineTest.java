package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 point 8: {@code assess --onprem-costs FILE} drives the On-premises sheet's quantities and rates, and
 * a bad file is exit 2 on one line naming the file and the field, with no workbook written. The estate is
 * written by {@code generate} (which must carry a true sheet dimension: openpyxl's read-only mode sizes a sheet
 * by it). Expected figures are computed here from the generated vHost rows, read with openpyxl, not our code.
 */
class AssessOnPremCostsCommandLineTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    static Path dir;

    static Path estate;

    @BeforeAll
    static void generate() {
        estate = dir.resolve("estate.xlsx");
        CommandRun g = CommandRun.of("generate", "--vms", "25", "--seed", "8", "--out", estate.toString());
        assertThat(g.code()).as(g.err()).isZero();
    }

    private static String python(String script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(PYTHON, "-c", script));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        return out;
    }

    @Test
    void generateWritesSheetsThatReadOnlyReadersSeeInFull() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "needs /usr/bin/python3 with openpyxl");
        String out = python(String.join("\n",
                "import openpyxl, sys",
                "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)",
                "ws = wb['vInfo']",
                "rows = list(ws.iter_rows(values_only=True))",
                "print(ws.calculate_dimension().split(':')[0], len(rows), rows[0][0])"), estate.toString());
        // 25 VMs under one header row; with the old <dimension ref="A1"> read-only openpyxl saw one cell
        assertThat(out.strip()).isEqualTo("A1 26 VM");
    }

    @Test
    void theFileSetsTheOnPremisesQuantitiesRatesAndAssumptions() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "needs /usr/bin/python3 with openpyxl");
        Path costs = dir.resolve("costs.json");
        Files.writeString(costs, """
                { "hardwarePerHost": 12000, "amortisationMonths": 48, "vmwareLicencePerCorePerYear": 120,
                  "minimumCoresPerSocket": 0, "supportPercentPerYear": 12, "wattsPerHost": 400, "pue": 1.25,
                  "pricePerKwh": 0.2, "hoursPerMonth": 730, "rackUnitsPerHost": 1, "pricePerRackUnitPerMonth": 40,
                  "adminHoursPerHostPerMonth": 3, "adminHourlyRate": 60, "storagePerTibPerMonth": 18 }
                """);
        Path out = dir.resolve("with-costs.xlsx");
        CommandRun r = CommandRun.of("assess", "--inventory", estate.toString(), "--onprem-costs", costs.toString(),
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();

        // hosts and cores from the generated vHost sheet
        String[] hostFacts = python(String.join("\n",
                "import openpyxl, sys",
                "ws = openpyxl.load_workbook(sys.argv[1], read_only=True)['vHost']",
                "rows = list(ws.iter_rows(values_only=True))",
                "cores = rows[0].index('# Cores')",
                "print(len(rows) - 1, int(sum(r[cores] for r in rows[1:])))"), estate.toString()).strip().split(" ");
        int hosts = Integer.parseInt(hostFacts[0]);
        int cores = Integer.parseInt(hostFacts[1]);
        assertThat(hosts).isPositive();
        // provisioned storage from the generated vInfo and vDisk sheets: each VM's vDisk capacities, or its
        // vInfo Total disk capacity MiB (else Provisioned MiB) without vDisk rows; templates too; in TiB (2^20 MiB)
        // rounded half up to 0.01
        BigDecimal tib = new BigDecimal(python(String.join("\n",
                "import openpyxl, sys",
                "from decimal import Decimal, ROUND_HALF_UP",
                "wb = openpyxl.load_workbook(sys.argv[1], read_only=True)",
                "def rows(name):",
                "    rs = list(wb[name].iter_rows(values_only=True))",
                "    return [dict(zip(rs[0], r)) for r in rs[1:]]",
                "disks = {}",
                "for d in rows('vDisk'):",
                "    disks[d['VM']] = disks.get(d['VM'], Decimal(0)) + Decimal(str(d['Capacity MiB']))",
                "def total(v):",
                "    t = v.get('Total disk capacity MiB')",
                "    return Decimal(str(t if t else v['Provisioned MiB']))",
                "mib = sum(disks[v['VM']] if v['VM'] in disks else total(v) for v in rows('vInfo'))",
                "print((mib / Decimal(1048576)).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))"),
                estate.toString()).strip());
        assertThat(tib).isPositive();

        JsonNode sheet = new ObjectMapper().readTree(python(String.join("\n",
                "import openpyxl, sys, json",
                "wb = openpyxl.load_workbook(sys.argv[1], data_only=True)",
                "out = {}",
                "for name in ['On-premises', 'Assumptions']:",
                "    out[name] = {str(r[0].value): [c.value for c in r[1:]] for r in wb[name].iter_rows() if r[0].value}",
                "print(json.dumps(out))"), out.toString()));
        JsonNode onPrem = sheet.path("On-premises");
        // quantity, unit, monthly rate per unit (columns B, C, D)
        assertLine(onPrem, "Hardware (amortised purchase)", hosts, "host", 12000.0 / 48);
        assertLine(onPrem, "VMware licences", cores, "licensed core", 120.0 / 12);
        assertLine(onPrem, "Hardware support", hosts, "host", 12000 * 0.12 / 12);
        assertLine(onPrem, "Power and cooling", hosts, "host", 0.4 * 1.25 * 0.2 * 730);
        assertLine(onPrem, "Datacenter space", hosts, "rack unit", 40);
        assertLine(onPrem, "Administration", hosts * 3, "admin hour", 60);
        assertLine(onPrem, "Storage (provisioned)", tib.doubleValue(), "TiB", 18);
        double total = Math.round(hosts * 250.0 * 100) / 100.0 + Math.round(cores * 10.0 * 100) / 100.0
                + Math.round(hosts * 120.0 * 100) / 100.0 + Math.round(hosts * 73.0 * 100) / 100.0
                + Math.round(hosts * 40.0 * 100) / 100.0 + Math.round(hosts * 3 * 60.0 * 100) / 100.0
                + tib.multiply(BigDecimal.valueOf(18)).setScale(2, RoundingMode.HALF_UP).doubleValue();
        assertThat(onPrem.path("Total per month").path(3).asDouble()).as("cached total, column E")
                .isCloseTo(total, org.assertj.core.data.Offset.offset(0.005));

        JsonNode assumptions = sheet.path("Assumptions");
        assertThat(assumptions.path("Host purchase price").path(0).asDouble()).isEqualTo(12000.0);
        assertThat(assumptions.path("Host amortisation").path(0).asDouble()).isEqualTo(48.0);
        assertThat(assumptions.path("Hardware support per year").path(0).asDouble()).isEqualTo(0.12);
        assertThat(assumptions.path("Storage per TiB per month").path(0).asDouble()).isEqualTo(18.0);
        assertThat(assumptions.has("Input SHA-256: costs.json")).as("the file's digest is recorded").isTrue();
    }

    @Test
    void aPerVmRateCountsTheSameVmsOnTheSheetAndInOnpremCosts_templatesLeftOut() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "needs /usr/bin/python3 with openpyxl");
        Path costs = dir.resolve("per-vm.json");
        Files.writeString(costs, "{ \"mode\": \"per-vm\", \"perVmMonthly\": 85.50 }");
        Path out = dir.resolve("per-vm.xlsx");
        CommandRun r = CommandRun.of("assess", "--inventory", estate.toString(), "--onprem-costs", costs.toString(),
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the generated vInfo rows, and those whose Template column is not true
        String[] counted = python(String.join("\n",
                "import openpyxl, sys",
                "rs = list(openpyxl.load_workbook(sys.argv[1], read_only=True)['vInfo'].iter_rows(values_only=True))",
                "t = rs[0].index('Template')",
                "print(len(rs) - 1, sum(1 for x in rs[1:] if str(x[t]).lower() != 'true'))"), estate.toString())
                .strip().split(" ");
        int all = Integer.parseInt(counted[0]);
        int workloads = Integer.parseInt(counted[1]);
        assertThat(workloads).as("the estate has templates, or this test proves nothing").isLessThan(all);

        JsonNode onPrem = new ObjectMapper().readTree(python(String.join("\n",
                "import openpyxl, sys, json",
                "ws = openpyxl.load_workbook(sys.argv[1], data_only=True)['On-premises']",
                "print(json.dumps({str(r[0].value): [c.value for c in r[1:]] for r in ws.iter_rows() if r[0].value}))"),
                out.toString()));
        assertLine(onPrem, "VMs at a flat monthly rate", workloads, "VM", 85.50);

        CommandRun cmd = CommandRun.of("onprem-costs", estate.toString(), "--onprem-costs", costs.toString(),
                "--format", "json");
        assertThat(cmd.code()).as(cmd.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cmd.out());
        assertThat(json.path("vms").asInt()).isEqualTo(workloads);
        assertThat(new BigDecimal(json.path("monthlyTotal").asText()))
                .isEqualByComparingTo(BigDecimal.valueOf(85.50).multiply(BigDecimal.valueOf(workloads)));
    }

    @Test
    void onpremCostsGivesTheSheetsTotalToTheCent_withRatesThatDoNotDivideEvenly() throws Exception {
        // rates chosen so that, on the generated estate (5 hosts, 320 licensed cores, 9.81 TiB), rounding each line
        // then adding (the sheet: 5,913.84) and adding then rounding (5,913.83) differ by a cent
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), "needs /usr/bin/python3 with openpyxl");
        Path costs = dir.resolve("uneven.json");
        Files.writeString(costs, """
                { "hardwarePerHost": 10000, "amortisationMonths": 36, "vmwareLicencePerCorePerYear": 100,
                  "supportPercentPerYear": 7, "wattsPerHost": 401, "pue": 1.37, "pricePerKwh": 0.173,
                  "storagePerTibPerMonth": 17.3 }
                """);
        Path out = dir.resolve("uneven.xlsx");
        CommandRun r = CommandRun.of("assess", "--inventory", estate.toString(), "--onprem-costs", costs.toString(),
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the sheet's own arithmetic, redone from its quantity (B) and unit cost (D) cells: each line rounded to
        // the cent as its ROUND(B*D, 2) formula does, then summed; and the total cell Java cached
        String[] sheet = python(String.join("\n",
                "import openpyxl, sys",
                "from decimal import Decimal, ROUND_HALF_UP",
                "ws = openpyxl.load_workbook(sys.argv[1], data_only=True)['On-premises']",
                "total, cached = Decimal(0), None",
                "for r in ws.iter_rows(min_row=2):",
                "    if r[0].value == 'Total per month':",
                "        cached = Decimal(str(r[4].value))",
                "    elif r[0].value and isinstance(r[1].value, (int, float)):",
                "        line = Decimal(repr(r[1].value)) * Decimal(repr(r[3].value))",
                "        total += line.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)",
                "print(total, cached.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP))"), out.toString())
                .strip().split(" ");
        assertThat(new BigDecimal(sheet[1])).as("the cached total is the sum of the rounded lines")
                .isEqualByComparingTo(new BigDecimal(sheet[0]));

        CommandRun cmd = CommandRun.of("onprem-costs", estate.toString(), "--onprem-costs", costs.toString(),
                "--format", "json");
        assertThat(cmd.code()).as(cmd.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cmd.out());
        assertThat(new BigDecimal(json.path("monthlyTotal").asText())).isEqualByComparingTo(new BigDecimal(sheet[0]));
    }

    private static void assertLine(JsonNode onPrem, String item, double quantity, String unit, double rate) {
        JsonNode line = onPrem.path(item);
        assertThat(line.isMissingNode()).as(item + " in " + onPrem).isFalse();
        assertThat(line.path(0).asDouble()).as(item + " quantity").isEqualTo(quantity);
        assertThat(line.path(1).asText()).as(item + " unit").isEqualTo(unit);
        assertThat(line.path(2).asDouble()).as(item + " rate").isCloseTo(rate, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aBadFileIsExit2NamingFileAndFieldAndNothingIsWritten() throws IOException {
        String[][] cases = {
            {"{ \"pue\": -1 }", "field 'pue' cannot be negative"},
            {"{ \"hardwarePerHost\": \"lots\" }", "field 'hardwarePerHost': 'lots' is not a number"},
            {"{ \"hardwarePerHots\": 1 }", "unknown field 'hardwarePerHots'"},
            {"{ \"storagePerTibPerMonth\": -5 }", "field 'storagePerTibPerMonth' cannot be negative"},
            {"{ \"storagePerTibPerMonth\": \"a lot\" }", "field 'storagePerTibPerMonth': 'a lot' is not a number"},
            {"{ \"currency\": \"EUR\", \"hardwarePerHost\": 1, \"vmwareLicencePerCorePerYear\": 1, \"pricePerKwh\": 1,"
                    + " \"pricePerRackUnitPerMonth\": 1, \"adminHourlyRate\": 1, \"storagePerTibPerMonth\": 1 }",
                "field 'currency': EUR, but the assessment is in USD"},
            {"hardwarePerHost = 1", "not JSON"}};
        for (String[] c : cases) {
            Path costs = dir.resolve("bad-costs.json");
            Files.writeString(costs, c[0]);
            Path out = dir.resolve("bad.xlsx");
            CommandRun r = CommandRun.of("assess", "--inventory", estate.toString(), "--onprem-costs",
                    costs.toString(), "--out", out.toString());
            r.failsWith(2);
            assertThat(r.err()).as(c[0]).contains("bad-costs.json").contains(c[1]);
            assertThat(out).as("no workbook for " + c[0]).doesNotExist();
            assertThat(Files.readString(costs)).as("the input is left as it was").isEqualTo(c[0]);
        }
        CommandRun missing = CommandRun.of("assess", "--inventory", estate.toString(), "--onprem-costs",
                dir.resolve("nope.json").toString(), "--out", dir.resolve("bad.xlsx").toString());
        missing.failsWith(2);
        assertThat(missing.err()).contains("nope.json").contains("no such file");
    }
}
