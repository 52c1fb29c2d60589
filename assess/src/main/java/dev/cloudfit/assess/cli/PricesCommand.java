package dev.cloudfit.assess.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cloudfit prices ...}: the price list cloudfit uses. */
@Command(name = "prices",
        mixinStandardHelpOptions = true,
        description = "Manage the Azure retail prices cloudfit uses (workspace cache, embedded snapshot).",
        subcommands = {PricesRefreshCommand.class, PricesShowCommand.class})
public final class PricesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (refresh, show)");
    }
}
