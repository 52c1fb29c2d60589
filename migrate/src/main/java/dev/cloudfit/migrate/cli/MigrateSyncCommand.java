package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.journal.RunMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cloudfit migrate sync}: a warm copy while the sources keep running; run it again for the next delta. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"A warm copy while the sources keep running: changed-block tracking is switched on (recorded;",
            "rollback switches it off), the production disks are created and kept open, and the areas changed since",
            "the last sync (the first time: the allocated areas) are written onto them. 'cutover' then copies only",
            "the final delta with the source off. A test migration is left running."})
public final class MigrateSyncCommand extends RunCommandBase implements Callable<Integer> {

    @Override
    public Integer call() {
        return withRunner("sync", runner -> runner.sync(selection.settings(RunMode.PRODUCTION)));
    }
}
