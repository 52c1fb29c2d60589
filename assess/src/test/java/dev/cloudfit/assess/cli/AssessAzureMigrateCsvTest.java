package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 15 point 4: an Azure Migrate CSV's utilisation figures are used as they are (reference §1.6), rows
 * without figures are sized as on-premises, and {@code --criterion} takes both with a CSV.
 *
 * <p>Hand computation (comfort factor 1.3, series restricted to Dsv5 and Esv5 so the candidates can be listed;
 * sizes from the Microsoft Learn Dv5/Ev5 pages: D2s_v5 2 vCPU 8 GiB, D4s_v5 4/16, E2s_v5 2/16; prices westeurope
 * USD from {@code fixtures/azure/retail-prices/radar-snapshots/vm-eu-west.json} and {@code storage-eu-west.json}
 * (the embedded snapshot): Windows D2s v5 0.207 $/h, D4s v5 0.414, E2s v5 0.244; S10 LRS 5.888 $/month, P6 LRS
 * 11.2272; 730 h a month):
 * <ul>
 *   <li>web01, 4 cores, 16,384 MB, CPU 5 %, memory 40 %: cores = 4 × 0.05 × 1.3 = 0.26; memory = 16 GiB × 0.40 ×
 *       1.3 = 8.32 GiB, so D2s_v5 (8 GiB) is too small and E2s_v5 (16 GiB, 0.244) beats D4s_v5 (0.414):
 *       E2s_v5, 0.244 × 730 = 178.12. Its disk 1 (OS), 128 GiB at (100 + 50) × 1.3 = 195 IOPS and (2 + 1) MiB/s
 *       × 1.3 = 4.09 MB/s: S10 (128 GiB, 500 IOPS, 60 MB/s) at 5.888 is the cheapest tier that carries it.
 *       Total 184.008. No confidence rating (single figures).</li>
 *   <li>legacy01, no figures: as on-premises, 2 cores / 8 GiB → D2s_v5, 0.207 × 730 = 151.11; its 64 GiB disk in
 *       the as-on-premises type Premium SSD → P6 11.2272; total 162.3372.</li>
 *   <li>old32, OS architecture x86: Ready with conditions ({@code GuestOperatingSystemArchitectureNotSupported},
 *       reference §4.2 "any 32-bit OS"). web01's blank boot type is BIOS without a condition (§1.6).</li>
 *   <li>{@code --criterion as-on-premises}: web01 on its 4 cores / 16 GiB → D4s_v5, 0.414 × 730 = 302.22, + P10
 *       (128 GiB) 21.68 = 323.90.</li>
 * </ul>
 */
class AssessAzureMigrateCsvTest {

    private static final String CSV = String.join("\r\n",
            "*Server name,*Cores,*Memory (In MB),*OS name,OS architecture,Boot type,CPU utilization percentage,"
                    + "Memory utilization percentage,Disk 1 size (In GB),Disk 1 read throughput (MB per second),"
                    + "Disk 1 write throughput (MB per second),Disk 1 read ops (operations per second),"
                    + "Disk 1 write ops (operations per second)",
            "web01,4,16384,Windows Server 2019,x64,,5,40,128,2,1,100,50",
            "legacy01,2,8192,Windows Server 2016,,BIOS,,,64,,,,",
            "old32,2,4096,Windows Server 2008,x86,BIOS,,,64,,,,") + "\r\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private JsonNode assess(String... extra) throws Exception {
        Path csv = dir.resolve("servers.csv");
        Files.writeString(csv, CSV);
        String[] base = {"--inventory", csv.toString(), "--out", dir.resolve("a.xlsx").toString(), "--format", "json",
            "--series", "Dsv5,Esv5"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        CommandLine cli = new CommandLine(new AssessCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        assertThat(code).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toString());
    }

    private static JsonNode vm(JsonNode root, String name) {
        for (JsonNode v : root.get("results")) {
            if (v.get("name").asText().equals(name)) {
                return v;
            }
        }
        throw new AssertionError("no VM " + name);
    }

    @Test
    void rowsWithFiguresArePerformanceBased_rowsWithoutAsOnPremises() throws Exception {
        JsonNode root = assess();
        JsonNode web = vm(root, "web01");
        assertThat(web.get("recommendedSize").asText()).isEqualTo("Standard_E2s_v5");
        assertThat(web.get("disks").get(0).toString()).contains("S10");
        assertThat(web.get("monthlyCost").get("PAYG").asText()).isEqualTo("184.01"); // 184.008, rounded once to the cent
        assertThat(web.get("confidence").isNull()).isTrue();
        assertThat(web.get("reasons").toString()).doesNotContain("azure.boot.unknown");
        assertThat(web.get("readiness").asText()).isEqualTo("Ready");

        JsonNode legacy = vm(root, "legacy01");
        assertThat(legacy.get("recommendedSize").asText()).isEqualTo("Standard_D2s_v5");
        assertThat(legacy.get("disks").get(0).toString()).contains("P6");
        assertThat(legacy.get("monthlyCost").get("PAYG").asText()).isEqualTo("162.34"); // 162.3372 to the cent
        assertThat(legacy.get("bindingConstraint").asText()).startsWith("as on-premises");

        JsonNode old = vm(root, "old32");
        assertThat(old.get("readiness").asText()).isEqualTo("Ready with conditions");
        assertThat(old.get("reasons").toString()).contains("azure.os.32-bit");
    }

    @Test
    void criterionAsOnPremisesIgnoresTheFigures() throws Exception {
        JsonNode web = vm(assess("--criterion", "as-on-premises"), "web01");
        assertThat(web.get("recommendedSize").asText()).isEqualTo("Standard_D4s_v5");
        assertThat(web.get("disks").get(0).toString()).contains("P10");
        assertThat(web.get("monthlyCost").get("PAYG").asText()).isEqualTo("323.90");
    }

    @Test
    void criterionPerformanceIsAcceptedWithACsv() throws Exception {
        JsonNode web = vm(assess("--criterion", "performance"), "web01");
        assertThat(web.get("recommendedSize").asText()).isEqualTo("Standard_E2s_v5");
    }
}
