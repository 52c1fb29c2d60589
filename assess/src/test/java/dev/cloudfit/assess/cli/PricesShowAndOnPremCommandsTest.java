package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.error.CloudfitException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PricesShowAndOnPremCommandsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, c, p) -> {
            err.write(e.getMessage());
            return e instanceof CloudfitException ce ? ce.exitCode().code() : 4;
        });
        return cli.execute(args);
    }

    @Test
    void showSaysTheEmbeddedSnapshotItsAgeAndSources() {
        PricesShowCommand show = new PricesShowCommand();
        show.clock = Clock.fixed(Instant.parse("2026-08-01T00:00:00Z"), ZoneOffset.UTC);
        int code = run(show, "--region", "westeurope");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Prices: embedded snapshot of Azure retail prices (westeurope, northeurope, francecentral; "
                        + "USD; taken 2026-07-15, 17 days old)")
                .doesNotContain("/dev/cloudfit", ".jsonl.gz")
                .contains("source   vm-eu-west.json (westeurope, data 2026-08-20): andy-diericks/azure-pricing-radar");
        assertThat(err.toString()).as("17 days is not stale").isEmpty();
    }

    @Test
    void showForEuroWithoutACacheExitsTwoTellingToRefresh() {
        int code = run(new PricesShowCommand(), "--region", "westeurope", "--currency", "EUR", "--workspace",
                dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cloudfit prices refresh --region westeurope --currency EUR");
    }

    @Test
    void showRefusesAnEmptyRegionNameLikeRefresh() {
        int code = run(new PricesShowCommand(), "--region", "westeurope,,northeurope");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--region: an empty region name");
    }

    @Test
    void onPremCostsOfAnRvToolsExportWithAnInputsFile() throws Exception {
        Path export = Files.createDirectories(dir.resolve("RVTools_export_all"));
        Files.writeString(export.resolve("RVTools_tabvInfo.csv"), String.join("\n",
                "VM,Powerstate,Template,CPUs,Memory,Provisioned MiB,In Use MiB,Datacenter,Cluster,"
                        + "OS according to the configuration file",
                "web01,poweredOn,False,4,16384,102400,51200,DC1,C1,Microsoft Windows Server 2019 (64-bit)",
                "db01,poweredOn,False,8,32768,204800,102400,DC1,C1,Red Hat Enterprise Linux 8 (64-bit)",
                "tpl,poweredOff,True,2,4096,40960,20480,DC1,C1,Ubuntu Linux (64-bit)", ""), StandardCharsets.UTF_8);
        Files.writeString(export.resolve("RVTools_tabvHost.csv"), String.join("\n",
                "Host,Datacenter,Cluster,CPU Model,Speed,# CPU,Cores per CPU,# Cores,# Memory,ESX Version",
                "esx1,DC1,C1,Xeon,2600,2,12,24,524288,VMware ESXi 8.0.2", ""), StandardCharsets.UTF_8);
        Path inputs = Files.writeString(dir.resolve("onprem.json"), "{\"adminHoursPerHostPerMonth\": 4}");
        int code = run(new OnPremCostsCommand(), export.toString(), "--onprem-costs", inputs.toString());
        assertThat(code).as(err.toString()).isZero();
        // defaults but 4 admin hours: 1,725.458333… + 2 × 75 = 1,875.458333… a month; storage: no vDisk rows, so
        // Provisioned MiB 102,400 + 204,800 + 40,960 (the template too) = 348,160 MiB = 0.33203125 TiB → 0.33 TiB
        // × 25 = 8.25. Each line rounded to the cent, as the On-premises sheet rounds it: 333.33 + 933.33 + 166.67
        // + 82.13 (82.125) + 60.00 + 300.00 + 8.25 = 1,883.71 a month; × 36 = 67,813.56
        assertThat(out.toString()).contains("1 hosts, 24 cores (32 licensed), 2 VMs, 0.33 TiB provisioned")
                .containsPattern("STORAGE +8\\.25 USD a month")
                .contains("1883.71 USD a month, 67813.56 USD over 36 months")
                .contains("onprem.adminHoursPerHostPerMonth     4");
    }
}
