package dev.cloudfit.migrate.cli;

import dev.cloudfit.core.error.CloudfitException;
import picocli.CommandLine;

/**
 * {@code cloudfit disk ...} as a process for tests of this module, with the CLI boundary's rules
 * (one line per failure, the promised exit codes); the real entry point lives in the cli module.
 */
public final class DiskCliMain {

    private DiskCliMain() {
    }

    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new DiskCommand(), factory);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println("cloudfit: error: " + e.getMessage());
            failed.getErr().flush();
            return e instanceof CloudfitException known ? known.exitCode().code() : 4;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine(CommandLine.defaultFactory()).execute(args));
    }
}
