package dev.cloudfit.migrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cloudfit migrate ...}: execute exactly what an approved, signed workbook says. */
@Command(name = "migrate",
        mixinStandardHelpOptions = true,
        description = {"Execute the approved rows of a signed assessment workbook: plan (verify, pin, pre-flight),",
            "then run a test migration or the real one, follow it, resume it, roll it back."},
        subcommands = {MigratePlanCommand.class, MigrateRunCommand.class, MigrateResumeCommand.class,
            MigrateSyncCommand.class, MigrateCutoverCommand.class, MigrateStatusCommand.class, MigrateReportCommand.class,
            MigrateRollbackCommand.class, MigrateCleanupTestCommand.class})
public final class MigrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "'migrate' needs a subcommand");
    }
}
