package dev.cloudfit.migrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cloudfit migrate rollback [--vm NAME]}: remove what was created, restore the sources. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {"Remove every Azure resource the VMs' runs created (from the journal; tags as the cross-check)",
            "and undo the changes to the source VMs (snapshots removed, power restored)."})
public final class MigrateRollbackCommand extends RunCommandBase implements Callable<Integer> {

    @Override
    public Integer call() {
        return withRunner("roll back", runner -> runner.rollback(selection.settings(
                dev.cloudfit.migrate.journal.RunMode.PRODUCTION), false));
    }
}
