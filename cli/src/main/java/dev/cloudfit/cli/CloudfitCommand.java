package dev.cloudfit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code cloudfit} command; its subcommands come from the modules. */
@Command(
        name = "cloudfit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Assess a VMware estate for Azure (IaaS and Azure VMware Solution), price it, and migrate what was approved.",
        footer = {
            "",
            "Exit codes: 0 done, 2 bad input or usage, 3 external system unreachable or refusing, 4 internal error.",
            "Add -v to any command for stack traces."
        })
final class CloudfitCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Read by the command boundary (CloudfitCommandLine), declared here so every command accepts it. */
    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "print stack traces with errors")
    boolean verbose;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }
}
