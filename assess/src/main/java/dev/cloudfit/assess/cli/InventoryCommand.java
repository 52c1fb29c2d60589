package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.io.InventoryInput;
import dev.cloudfit.assess.inventory.summary.InventorySummary;
import dev.cloudfit.assess.inventory.summary.SummaryTable;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cloudfit inventory FILE}: what an inventory holds, before any sizing. */
@Command(name = "inventory",
        mixinStandardHelpOptions = true,
        description = {
            "Summarise a VMware inventory: VMs on/off, templates, vCPUs, memory, provisioned and used storage,",
            "per cluster and per OS family, with the warnings the import raised.",
            "FILE: an RVTools export (.xlsx, or a folder or .zip of RVTools_tab*.csv files) or an Azure Migrate import .csv."
        })
public final class InventoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the inventory to read")
    Path file;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "output: 'table' (default) or 'json'")
    OutputFormat format;

    @Override
    public Integer call() {
        Inventory inventory = InventoryInput.read(file);
        InventorySummary summary = InventorySummary.of(inventory);
        if (format == OutputFormat.JSON) {
            Json.print(summary, spec.commandLine().getOut());
        } else {
            SummaryTable.print(summary, spec.commandLine().getOut());
        }
        return 0;
    }
}
