package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.core.spi.CommandContribution;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void writesAWorkbookAndSaysWhatItDidInOneLine() {
        Path out = dir.resolve("estate.xlsx");
        assertThat(run("--vms", "40", "--seed", "3", "--out", out.toString())).isZero();
        assertThat(out).isRegularFile();
        assertThat(err.toString().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("generated 40 VMs").contains("seed 3").contains(out.toString()).contains("xlsx"));
    }

    @Test
    void aFolderOrAZipGivesTheCsvExport() throws IOException {
        Path folder = dir.resolve("export");
        assertThat(run("--vms", "20", "--out", folder.toString())).isZero();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(8).allMatch(n -> n.startsWith("RVTools_tab"));
        }
        Path zip = dir.resolve("export.zip");
        assertThat(run("--vms", "20", "--out", zip.toString())).isZero();
        assertThat(Files.size(zip)).isPositive();
    }

    @Test
    void daysIsCheckedAndNeedsAWorkspace() throws IOException {
        String ws = dir.resolve("ws").toString();
        assertThat(run("--vms", "10", "--days", "400", "--workspace", ws, "--out", dir.resolve("x.xlsx").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--days must be between 1 and 365");
        assertThat(dir.resolve("x.xlsx")).doesNotExist();

        err.getBuffer().setLength(0);
        assertThat(run("--vms", "10", "--days", "30", "--out", dir.resolve("y.xlsx").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--days and --workspace go together");
        assertThat(dir.resolve("y.xlsx")).doesNotExist();

        err.getBuffer().setLength(0);
        assertThat(run("--vms", "10", "--days", "2", "--workspace", ws, "--out", dir.resolve("z.xlsx").toString()))
                .isZero();
        assertThat(err.toString()).contains("stored the estate with 2 days of 2-hour history");
        try (var w = dev.cloudfit.assess.workspace.Workspace.open(Path.of(ws))) {
            var month = w.summaries().historyEnd().map(end -> dev.cloudfit.assess.workspace.perf.SummaryWindow.ending(end,
                    dev.cloudfit.assess.workspace.perf.SummaryWindow.DEFAULT_LENGTH)).orElseThrow();
            assertThat(w.summaries().cachedSeries(month)).as("the first assessment reads prepared summaries").isPositive();
        }
        StringWriter help = new StringWriter();
        new CommandLine(new GenerateCommand()).usage(new PrintWriter(help));
        assertThat(help.toString()).contains("--workspace").contains("performance history");
    }

    @Test
    void badCountsAreUsageErrors() {
        assertThat(run("--vms", "0", "--out", dir.resolve("x.xlsx").toString())).isEqualTo(2);
        assertThat(run("--out", dir.resolve("x.xlsx").toString())).isEqualTo(2);
    }

    @Test
    void aMissingFolderOrAWrongNameIsBadInputInOneLine() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("estate.xlsx");
        assertThatThrownBy(() -> GenerateTarget.of(missing))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.getMessage()).contains("no-such-folder").contains("does not exist").doesNotContain("\n");
                });
        assertThatThrownBy(() -> GenerateTarget.of(dir.resolve("estate.csv"))).isInstanceOf(BadInputException.class);
        Path file = Files.writeString(dir.resolve("plainfile"), "x");
        assertThatThrownBy(() -> GenerateTarget.of(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a folder");
        Files.createDirectories(dir.resolve("folder.xlsx"));
        assertThatThrownBy(() -> GenerateTarget.of(dir.resolve("folder.xlsx"))).isInstanceOf(BadInputException.class);
        assertThat(GenerateTarget.of(dir.resolve("new")).form()).isEqualTo(GenerateTarget.Form.CSV_FOLDER);
        assertThat(GenerateTarget.of(dir.resolve("E.XLSX")).form()).isEqualTo(GenerateTarget.Form.XLSX);
        assertThat(GenerateTarget.of(dir.resolve("e.zip")).form()).isEqualTo(GenerateTarget.Form.CSV_ZIP);
    }

    @Test
    void theCommandIsContributedThroughServiceLoader() {
        assertThat(ServiceLoader.load(CommandContribution.class).stream().map(ServiceLoader.Provider::get)
                .flatMap(c -> c.commands().stream()))
                .anyMatch(GenerateCommand.class::isInstance);
    }
}
