package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.io.InventoryInput;
import dev.cloudfit.assess.onprem.OnPremCostComponent;
import dev.cloudfit.assess.onprem.OnPremCostInputs;
import dev.cloudfit.assess.onprem.OnPremCostModel;
import dev.cloudfit.assess.onprem.OnPremCostsFile;
import dev.cloudfit.assess.onprem.OnPremEstimate;
import dev.cloudfit.core.units.Money;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cloudfit onprem-costs INVENTORY [--onprem-costs FILE]}: the on-premises cost of an estate's hosts. */
@Command(name = "onprem-costs",
        mixinStandardHelpOptions = true,
        description = {
            "Estimate the on-premises monthly and term cost of an inventory's hosts (hardware amortisation, VMware",
            "licences per core, support, power and cooling, rack space, administration, provisioned storage) or a",
            "flat rate per VM.",
            "Defaults are assumptions: edit them in a JSON file (--onprem-costs, format in docs/pricing.md)."
        })
public final class OnPremCostsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INVENTORY", description = "an RVTools export or Azure Migrate import .csv")
    Path inventory;

    @Option(names = "--onprem-costs", paramLabel = "FILE", description = "JSON file of on-premises cost inputs")
    Path costsFile;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "output: 'table' (default) or 'json'")
    OutputFormat format;

    @Override
    public Integer call() {
        OnPremCostInputs inputs = costsFile == null ? OnPremCostInputs.defaults() : OnPremCostsFile.read(costsFile);
        Inventory inv = InventoryInput.read(inventory);
        int vms = OnPremCostModel.perVmCount(inv.vms());
        OnPremEstimate e = OnPremCostModel.estimate(inputs, inv.hosts(), vms,
                OnPremCostModel.provisionedStorage(inv.vms()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("hosts", e.hosts());
            json.put("cores", e.cores());
            json.put("licensedCores", e.licensedCores());
            json.put("vms", e.vms());
            json.put("storageTib", e.storageTib().toPlainString());
            Map<String, String> monthly = new LinkedHashMap<>();
            e.monthlyByComponent().forEach((k, v) -> monthly.put(k.name(), v.rounded().amount().toPlainString()));
            json.put("monthlyByComponent", monthly);
            json.put("currency", inputs.currency().getCurrencyCode());
            json.put("monthlyTotal", e.monthlyTotal().rounded().amount().toPlainString());
            json.put("termMonths", e.termMonths());
            json.put("termTotal", e.termTotal().rounded().amount().toPlainString());
            json.put("notes", e.notes());
            json.put("assumptions", inputs.rows());
            Json.print(json, out);
            return 0;
        }
        out.println("On-premises cost (" + inputs.mode() + "): " + e.hosts() + " hosts, " + e.cores() + " cores ("
                + e.licensedCores() + " licensed), " + e.vms() + " VMs, " + e.storageTib().toPlainString()
                + " TiB provisioned");
        for (Map.Entry<OnPremCostComponent, Money> c : e.monthlyByComponent().entrySet()) {
            out.printf("  %-18s %14s a month%n", c.getKey(), c.getValue());
        }
        out.printf("  %-18s %14s a month, %s over %d months%n", "total", e.monthlyTotal(), e.termTotal(),
                e.termMonths());
        e.notes().forEach(n -> out.println("  note: " + n));
        out.println("Assumptions:");
        for (List<String> row : inputs.rows()) {
            out.printf("  %-36s %-12s %s%n", row.get(0), row.get(1), row.get(2));
        }
        out.flush();
        return 0;
    }
}
