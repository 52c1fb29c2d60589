package dev.cloudfit.migrate.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cloudfit disk ...}: the disk data path's steps, each useful on its own. */
@Command(name = "disk",
        mixinStandardHelpOptions = true,
        description = "Convert VMware disks to Azure's fixed VHD and upload them to managed disks.",
        subcommands = {DiskConvertCommand.class, DiskUploadCommand.class})
public final class DiskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "'disk' needs a subcommand");
    }
}
