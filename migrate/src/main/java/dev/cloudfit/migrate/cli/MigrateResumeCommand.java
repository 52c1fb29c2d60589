package dev.cloudfit.migrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code cloudfit migrate resume}: go on from where each VM's journal stops, in the mode it was run. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = {"Go on with each VM from the first step its journal does not show done, in the mode of its last",
            "run (test or production): after a failure, Ctrl-C or a crash (kill -9 included)."})
public final class MigrateResumeCommand extends RunCommandBase implements Callable<Integer> {

    @Override
    public Integer call() {
        return withRunner("resume", runner -> runner.resume(selection.settings(dev.cloudfit.migrate.journal.RunMode.PRODUCTION)));
    }
}
