package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.journal.RunMode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cloudfit migrate run [--test]}: migrate the planned VMs (or test-migrate them). */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Migrate the planned VMs: each VM's disks are copied from vSphere into managed disks and the VM",
            "is deployed as approved. With --test the source keeps running (a snapshot holds its disks still) and",
            "the copy is deployed into an isolated network; 'cutover' then does it for real."})
public final class MigrateRunCommand extends RunCommandBase implements Callable<Integer> {

    @Option(names = "--test", description = "A test migration: isolated network, the source keeps running.")
    boolean test;

    @Override
    public Integer call() {
        RunMode mode = test ? RunMode.TEST : RunMode.PRODUCTION;
        return withRunner(test ? "test-migrate" : "migrate", runner -> runner.run(selection.settings(mode)));
    }
}
