package dev.cloudfit.migrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cloudfit migrate cleanup-test}: remove the test migrations, leave production alone. */
@Command(name = "cleanup-test", mixinStandardHelpOptions = true,
        description = "Remove what test migrations created (test VM, disks, NIC, isolated network); production resources stay.")
public final class MigrateCleanupTestCommand extends RunCommandBase implements Callable<Integer> {

    @Override
    public Integer call() {
        return withRunner("clean up", runner -> runner.rollback(selection.settings(
                dev.cloudfit.migrate.journal.RunMode.TEST), true));
    }
}
