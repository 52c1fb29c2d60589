package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.plan.MigrateWorkspace;
import dev.cloudfit.migrate.status.MigrationStatus;
import dev.cloudfit.migrate.status.VmStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cloudfit migrate status}: where each approved VM stands, from the journals alone. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Where each approved VM stands (state, last step, bytes moved, error and remedy), read from the",
            "workspace's journals; give --workspace once per shard to see them merged."})
public final class MigrateStatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "A workspace (repeat for each shard's).")
    List<Path> workspaces;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "table (default) or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        List<VmStatus> rows = MigrationStatus.of(workspaces.stream().map(MigrateWorkspace::at).toList());
        if (format == OutputFormat.JSON) {
            StatusPrinter.json(rows, spec.commandLine().getOut());
        } else {
            StatusPrinter.table(rows, spec.commandLine().getOut());
        }
        return 0;
    }
}
