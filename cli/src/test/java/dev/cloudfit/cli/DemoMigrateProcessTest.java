package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cloudfit demo --migrate} end to end, as its own process: the assessment demo, then three
 * single-disk rows approved, migrated against vcsim, Azurite and the local ARM (test migration, then
 * cutover) and shown in the status table; every line of the migration half says it is a simulation,
 * everything lands in the demo folder, and the user's own configuration (keys) is never touched.
 */
class DemoMigrateProcessTest {

    @TempDir
    Path dir;

    @Test
    void theAssessmentThenASimulatedMigrationOfThreeApprovedRows() throws Exception {
        Path demo = dir.resolve("demo");
        Path userConfig = Files.createDirectories(dir.resolve("user-config"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "demo", "--vms", "20", "--migrate", "--out", demo.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("CLOUDFIT_CONFIG_DIR", userConfig.toString());
        Process process = builder.start();
        boolean ended = process.waitFor(170, TimeUnit.SECONDS);
        process.destroyForcibly();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(ended).as("demo --migrate still running; stderr: " + stderr).isTrue();
        assertThat(process.exitValue()).as(stderr).isZero();

        List<String> stdout = Files.readAllLines(out, StandardCharsets.UTF_8);
        int half = stdout.indexOf(stdout.stream().filter(l -> l.startsWith("[simulation]")).findFirst().orElseThrow());
        assertThat(stdout.subList(half, stdout.size())).allSatisfy(l -> assertThat(l).startsWith("[simulation] "));
        List<String> table = stdout.subList(stdout.size() - 4, stdout.size());
        assertThat(table.get(0)).contains("VM").contains("State").contains("MiB moved");
        // three VMs, each one 24 MiB disk holding data in MiB 0, 1, 8, 9, 10 and 16 and its last byte: the
        // cutover copies warm, so it moves the allocated areas only, 6 MiB + one 64 KiB block, shown as 6
        assertThat(table.subList(1, 4)).allSatisfy(l -> assertThat(l).contains("migrated (production)")
                .containsPattern("VERIFY\\s+6\\s"));
        List<String> errHalf = stderr.lines().dropWhile(l -> !l.startsWith("[simulation]")).toList();
        assertThat(errHalf).isNotEmpty().allSatisfy(l -> assertThat(l)
                .matches("\\[simulation] .*|demo --migrate \\(assessment, then the simulated migration\\) done in .*"));
        assertThat(stderr).contains("cloudfit migrate run --test").contains("cloudfit migrate cutover")
                .contains("stopping the stand-ins").doesNotContain("Exception").doesNotContain("SLF4J");

        assertThat(demo.resolve("approved.xlsx")).exists();
        assertThat(demo.resolve("config/keys/plan-signing.key")).exists();
        assertThat(demo.resolve("migrate-workspace/migrate/plan.json")).exists();
        try (Stream<Path> journals = Files.list(demo.resolve("migrate-workspace/migrate/journal"))) {
            assertThat(journals.filter(p -> p.toString().endsWith(".jsonl"))).hasSize(3);
        }
        try (Stream<Path> untouched = Files.list(userConfig)) {
            assertThat(untouched).as("the user's configuration folder").isEmpty();
        }
    }
}
