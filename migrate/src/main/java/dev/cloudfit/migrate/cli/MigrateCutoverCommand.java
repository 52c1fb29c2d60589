package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.journal.RunMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cloudfit migrate cutover}: the real migration, after (or without) a test. */
@Command(name = "cutover", mixinStandardHelpOptions = true,
        description = {"The real migration: the test migration's resources are removed, the source is powered off",
            "(recorded; rollback powers it on again), its disks are copied and the VM is deployed as approved."})
public final class MigrateCutoverCommand extends RunCommandBase implements Callable<Integer> {

    @Override
    public Integer call() {
        return withRunner("cut over", runner -> runner.run(selection.settings(RunMode.PRODUCTION)));
    }
}
