package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CloudfitCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CloudfitCommandLine.run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsContributedCommandsAndExitCodes() {
        assertThat(run("--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("Usage: cloudfit").contains("inventory").contains("generate").contains("Exit codes");
    }

    @Test
    void theMigratePluginContributesItsCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("disk").contains("migrate");
        out.reset();
        assertThat(run("migrate", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("plan", "run", "cutover", "resume", "status", "report",
                "rollback", "cleanup-test");
        out.reset();
        assertThat(run("disk", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("convert", "upload");
    }

    @Test
    void migrateStatusWithoutAPlanSaysToPlanFirst() {
        assertThat(run("migrate", "status", "--workspace", "/nonexistent/cloudfit-ws")).isEqualTo(2);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).contains("no migration plan in this workspace").contains("cloudfit migrate plan")
                .doesNotContain("at dev.cloudfit");
        assertThat(e.strip().lines()).hasSize(1);
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("cloudfit 0.");
    }

    @Test
    void unknownCommandIsAUsageErrorWithExitCode2() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cloudfit:").doesNotContain("at dev.cloudfit");
    }

    @Test
    void inventoryOfAMissingFileIsOneLineWithExitCode2() {
        assertThat(run("inventory", "no-such-file.xlsx")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("cloudfit: error: no-such-file.xlsx: no such file or folder");
    }

    @Test
    void verboseAddsTheStackTrace() {
        assertThat(run("inventory", "no-such-file.xlsx", "-v")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at dev.cloudfit");
    }

    @Test
    void inventoryOfARealWorkbookPrintsTheSummary() {
        java.nio.file.Path fixture = java.nio.file.Path.of(System.getProperty("cloudfit.shared", "../shared"),
                "fixtures/rvtools/mjvincent-SizingWorkshop-RVTools-mb-headers.xlsx");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(fixture),
                "skipped: ../shared fixtures are absent");
        assertThat(run("inventory", fixture.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("VMs: 795 (763 on, 32 off), templates: 10, hosts: 34")
                .contains("vCPUs: 2721");
        out.reset();
        assertThat(run("inventory", fixture.toString(), "--format", "json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"poweredOn\" : 763");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
    }
}
