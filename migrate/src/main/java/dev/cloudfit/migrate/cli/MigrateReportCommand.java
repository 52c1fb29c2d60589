package dev.cloudfit.migrate.cli;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.status.MigrationStatus;
import dev.cloudfit.migrate.status.StatusWorkbook;
import dev.cloudfit.migrate.status.VmStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cloudfit migrate report --out status.xlsx}: the row-by-row answer to the approved workbook. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the approved rows with their state, Azure resource ids, start and end, bytes moved,",
            "errors and remedies to a workbook (and as JSON with --format json)."})
public final class MigrateReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "A workspace (repeat for each shard's).")
    List<Path> workspaces;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The status workbook to write.")
    Path out;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Also print: table or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new BadInputException(InputLocation.of(out), "the status report is an .xlsx workbook; name it so");
        }
        if (Files.isDirectory(out)) {
            throw new BadInputException(InputLocation.of(out), "is a folder; give a file name such as status.xlsx");
        }
        List<VmStatus> rows = MigrationStatus.of(workspaces.stream().map(MigrateWorkspace::at).toList());
        StatusWorkbook.write(rows, out);
        if (format == OutputFormat.JSON) {
            StatusPrinter.json(rows, spec.commandLine().getOut());
        } else {
            StatusPrinter.table(rows, spec.commandLine().getOut());
            spec.commandLine().getErr().println("wrote " + out);
        }
        return 0;
    }
}
