package dev.cloudfit.assess.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cloudfit catalog ...}: the Azure catalog (VM sizes, disk tiers, regions) sizing uses. */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Manage the Azure catalog sizing uses (bundled, or refreshed into a workspace).",
        subcommands = {CatalogRefreshCommand.class})
public final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (refresh)");
    }
}
