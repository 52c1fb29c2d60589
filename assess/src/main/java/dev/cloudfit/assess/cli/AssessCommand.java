package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.inventory.io.FileDigest;
import dev.cloudfit.assess.catalog.refresh.WorkspaceCatalog;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.plan.PlanDefaults;
import dev.cloudfit.assess.plan.PlanDefaultsFile;
import dev.cloudfit.assess.inventory.io.InventoryInput;
import dev.cloudfit.assess.pricing.overrides.PriceOverrides;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.azmigrate.AzureMigrateCsvImporter;
import dev.cloudfit.assess.inventory.azmigrate.AzureMigrateImport;
import dev.cloudfit.assess.perf.UtilizationSnapshot;
import dev.cloudfit.assess.report.AssessmentPipeline;
import dev.cloudfit.assess.report.SnapshotPerf;
import dev.cloudfit.assess.sizing.EstateAssessment;
import dev.cloudfit.assess.report.WorkspacePerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.model.InputFile;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.cloudfit.assess.onprem.OnPremCostInputs;
import dev.cloudfit.assess.onprem.OnPremCostsFile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cloudfit assess}: inventory (and workspace history) in, priced assessment workbook out. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Assess an inventory for Azure and write the assessment workbook.",
            "With --workspace, the workspace's latest inventory and its performance history are used"
                    + " (performance-based sizing); an Azure Migrate CSV's utilisation columns are used as they are"
                    + " (rows without figures as on-premises); otherwise --inventory alone is sized as on-premises."
        })
public final class AssessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--inventory", paramLabel = "FILE",
            description = "RVTools .xlsx, RVTools CSV folder or .zip, or Azure Migrate CSV.")
    Path inventory;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "A cloudfit workspace: its latest inventory (unless --inventory) and performance history.")
    Path workspace;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "westeurope",
            description = "Target Azure region (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD",
            description = "Currency of the prices (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path out;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "table (a short summary) or json (per-VM results).")
    OutputFormat format;

    @Option(names = "--plan-defaults", paramLabel = "FILE.csv",
            description = "Rules that fill the Migration Plan's targets (resource group, VNet, subnet, wave, IP,"
                + " test VNet) by cluster, folder, tag or VM name; see docs/workbook.md.")
    Path planDefaults;

    @Option(names = "--price-overrides", paramLabel = "FILE.csv",
            description = "Negotiated prices laid over the price source: CSV with service, sku, region, currency,"
                    + " priceType, unitPrice, source (see docs/pricing.md).")
    Path priceOverrides;

    @Option(names = "--onprem-costs", paramLabel = "FILE.json",
            description = "On-premises cost rates (JSON, fields as in docs/pricing.md) for the On-premises sheet and"
                + " the Summary's comparison; its currency must be the assessment's. Default: the model's USD assumptions.")
    Path onPremCosts;

    @Option(names = "--compare-regions", paramLabel = "R1,R2", split = ",",
            description = "Also price the same sizing (the sizes chosen for --region) in these regions, side by"
                + " side: a Regions sheet, a Summary block and 'regions' in the JSON. The price source must hold"
                + " every region (see docs/pricing.md).")
    List<String> compareRegions;

    @Option(names = "--backtest",
            description = "With --workspace: size every VM on the history before its last --holdout period and"
                + " count the held-out samples over the chosen size's capacity (VMs sheet column, Summary line,"
                + " 'backtest' in the JSON). Evidence only: the assessment still sizes on the full history.")
    boolean backtest;

    @Option(names = "--holdout", paramLabel = "Nd",
            description = "The held-out period of --backtest, N days as Nd, 1d..90d (default: 7d).")
    String holdout;

    @Mixin
    SizingOptions sizing = new SizingOptions();

    @Override
    public Integer call() {
        if (inventory == null && workspace == null) {
            throw new ParameterException(spec.commandLine(), "give --inventory FILE or --workspace DIR");
        }
        Currency cur;
        try {
            cur = Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--currency: not an ISO 4217 code: " + currency);
        }
        OutputFile.check(out, "xlsx", "--out", java.util.Arrays.asList(inventory, workspace, onPremCosts,
                workspace == null ? null : workspace.resolve(Workspace.DATABASE_FILE)));
        Path outFolder = out.toAbsolutePath().getParent();
        if (outFolder != null && !Files.isDirectory(outFolder)) {
            throw new BadInputException(InputLocation.of(out), "--out: the folder " + outFolder
                    + " does not exist; create it first or give another --out");
        }
        if (inventory != null && !Files.exists(inventory)) {
            throw new BadInputException(InputLocation.of(inventory), "no such file");
        }
        OnPremCostInputs onPrem = onPremCosts == null ? OnPremCostInputs.defaults() : onPremCosts(onPremCosts, cur);
        Inventory inv;
        Map<String, PerfSummary> perf = Map.of();
        List<InputFile> inputs = new ArrayList<>();
        AzureCatalog catalog = WorkspaceCatalog.forAssessment(workspace);
        AssessmentSettings base = AssessmentSettings.defaults().toBuilder()
                .region(Region.of(KnownRegion.require(region, catalog, spec).name())).currency(cur).build();
        List<dev.cloudfit.assess.pricing.Region> others = compareRegions == null ? List.of()
                : RegionListOption.parse(compareRegions, catalog, spec, "--compare-regions").stream()
                        .filter(r -> !r.name().equals(base.region().name())).toList();
        if (compareRegions != null && others.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--compare-regions: give regions other than --region "
                    + base.region().name() + ", whose prices the assessment already shows");
        }
        java.time.Duration held = holdout(workspace != null);
        // the window decides which summaries are read, so settings are known before the history is
        sizing.requireKnownSeries(catalog, spec);
        AssessmentSettings asked = sizing.apply(base, true, spec);
        EstateAssessment.Unmeasured unmeasured = EstateAssessment.Unmeasured.FALL_BACK_PER_COUNTER;
        AzureMigrateImport csv = inventory != null && InventoryInput.kindOf(inventory) == InventoryInput.Kind.AZURE_MIGRATE_CSV
                ? new AzureMigrateCsvImporter().importFile(inventory) : null;
        if (workspace != null) {
            if (!Files.isDirectory(workspace)) {
                throw new BadInputException(InputLocation.of(workspace), "no such workspace folder");
            }
            try (Workspace ws = Workspace.open(workspace)) {
                inv = csv != null ? csv.inventory() : inventory != null ? InventoryInput.read(inventory) : latest(ws);
                if (asked.criterion() == SizingCriterion.PERFORMANCE_BASED) {
                    perf = WorkspacePerf.load(ws, asked);
                }
            }
        } else {
            inv = csv != null ? csv.inventory() : InventoryInput.read(inventory);
        }
        if (csv != null && perf.isEmpty() && asked.criterion() == SizingCriterion.PERFORMANCE_BASED) {
            // the CSV's own utilisation figures, used as they are (reference §1.6); rows without any: as on-premises
            perf = csvFigures(inv, csv, asked);
            unmeasured = EstateAssessment.Unmeasured.AS_ON_PREMISES;
        }
        if (inventory != null) {
            inputs.add(new InputFile(inventory.getFileName().toString(), sha256(inv, inventory)));
        }
        AssessmentSettings settings = sizing.apply(base, !perf.isEmpty(), spec);
        PriceSourceSettings priceSettings = workspace == null ? PriceSourceSettings.defaults()
                : PriceSourceSettings.defaults().withWorkspace(workspace);
        PriceOverrides negotiated = PriceOverrides.none();
        if (priceOverrides != null) {
            negotiated = PriceOverrides.read(priceOverrides, cur);
            inputs.add(new InputFile(priceOverrides.getFileName().toString(), FileDigest.sha256(priceOverrides)));
        }
        if (onPremCosts != null) {
            inputs.add(new InputFile(onPremCosts.getFileName().toString(), FileDigest.sha256(onPremCosts)));
        }
        AssessmentPipeline pipeline = new AssessmentPipeline(catalog, priceSettings,
                Clock.systemUTC()).withOverrides(negotiated).withOnPremCosts(onPrem)
                .withPlanDefaults(planDefaults == null ? PlanDefaults.NONE : PlanDefaultsFile.read(planDefaults))
                .withCompareRegions(others);
        AssessmentPipeline.Outcome o;
        if (backtest) {
            if (settings.criterion() != SizingCriterion.PERFORMANCE_BASED) {
                throw new ParameterException(spec.commandLine(), "--backtest: only with performance-based sizing"
                        + " (not with --criterion as-on-premises)");
            }
            if (perf.isEmpty()) {
                throw new BadInputException(InputLocation.of(workspace), "--backtest: the workspace has no"
                        + " performance history for these VMs (sized as on-premises); collect history first");
            }
            try (Workspace ws = Workspace.open(workspace)) {
                o = pipeline.withBacktest(new dev.cloudfit.assess.report.BacktestRequest(ws, held))
                        .run(estateName(inv), inv, perf, unmeasured, settings, inputs, CloudfitVersion.get(), out);
            }
        } else {
            o = pipeline.run(estateName(inv), inv, perf, unmeasured, settings, inputs, CloudfitVersion.get(), out);
        }
        o.warnings().forEach(w -> spec.commandLine().getErr().println("cloudfit: warning: " + w));
        AssessmentOutput.print(o, format, spec.commandLine().getOut());
        if (format != OutputFormat.JSON) {
            spec.commandLine().getErr().println("wrote " + out);
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    /** The {@code --onprem-costs} file, read before any work: bad input names the file and the field. */
    static OnPremCostInputs onPremCosts(Path file, Currency assessment) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(InputLocation.of(file), "--onprem-costs: no such file");
        }
        OnPremCostInputs in = OnPremCostsFile.read(file);
        if (!in.currency().equals(assessment)) {
            throw new BadInputException(InputLocation.of(file), "field 'currency': " + in.currency().getCurrencyCode()
                    + ", but the assessment is in " + assessment.getCurrencyCode() + " (amounts are never converted);"
                    + " give \"currency\": \"" + assessment.getCurrencyCode() + "\" with amounts in it, or --currency "
                    + in.currency().getCurrencyCode());
        }
        return in;
    }

    /** The --holdout value (7 days unless given); a usage error without --backtest, --workspace or in a bad form. */
    private java.time.Duration holdout(boolean haveWorkspace) {
        if (holdout != null && !backtest) {
            throw new ParameterException(spec.commandLine(), "--holdout: only with --backtest");
        }
        if (backtest && !haveWorkspace) {
            throw new ParameterException(spec.commandLine(), "--backtest: needs --workspace DIR (its performance"
                    + " history is what the backtest holds out)");
        }
        if (holdout == null) {
            return java.time.Duration.ofDays(7);
        }
        String h = holdout.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.matches("[0-9]{1,3}d")) {
            int days = Integer.parseInt(h.substring(0, h.length() - 1));
            if (days >= 1 && days <= 90) {
                return java.time.Duration.ofDays(days);
            }
        }
        throw new ParameterException(spec.commandLine(), "--holdout: N days as Nd (1d..90d), not '" + holdout + "'");
    }

    private static Map<String, PerfSummary> csvFigures(Inventory inv, AzureMigrateImport csv, AssessmentSettings s) {
        Map<String, PerfSummary> out = new LinkedHashMap<>();
        for (Vm vm : inv.vms()) {
            UtilizationSnapshot figures = csv.utilization().get(vm.identity().key());
            if (figures != null) {
                SnapshotPerf.of(vm, figures, s.percentile()).ifPresent(p -> out.put(vm.identity().key(), p));
            }
        }
        return out;
    }

    private Inventory latest(Workspace ws) {
        return ws.latestInventory().orElseThrow(
                () -> new BadInputException(InputLocation.of(workspace), "the workspace holds no inventory"));
    }

    static String estateName(Inventory inv) {
        String name = inv.source().name();
        return name == null || name.isBlank() ? "VMware estate" : name;
    }

    /** The input's SHA-256: the one its importer recorded, else computed now (files and folders alike). */
    static String sha256(Inventory inv, Path file) {
        String known = inv.source().sha256();
        return known != null && known.matches("[0-9a-fA-F]{64}") ? known : FileDigest.sha256(file);
    }
}
