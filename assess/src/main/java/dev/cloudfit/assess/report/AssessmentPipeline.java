package dev.cloudfit.assess.report;

import dev.cloudfit.assess.onprem.OnPremCostInputs;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.plan.PlanDefaults;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.assess.pricing.source.CachedLicences;
import dev.cloudfit.assess.pricing.overrides.PriceOverrides;
import dev.cloudfit.assess.pricing.sizing.PriceBookPriceSource;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.pricing.source.ResolvedPrices;
import dev.cloudfit.assess.sizing.EstateAssessment;
import dev.cloudfit.assess.sizing.EstateResult;
import dev.cloudfit.assess.sizing.fit.FitRules;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.Backtest;
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.plan.signing.SigningKeyFolder;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import dev.cloudfit.reports.workbook.WrittenWorkbook;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Sizes an inventory, prices it with the resolved price source, maps the report and writes the workbook. */
public final class AssessmentPipeline {

    /** What one run produced. */
    public record Outcome(AssessmentReport report, EstateResult result, ResolvedPrices prices, Path workbook,
            List<String> warnings) {
        public Outcome {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(prices, "prices");
            Objects.requireNonNull(workbook, "workbook");
            warnings = List.copyOf(warnings);
        }
    }

    private final AzureCatalog catalog;
    private final PriceSourceSettings priceSettings;
    private final Clock clock;
    private final PriceOverrides overrides;
    private final PlanDefaults planDefaults;
    private final OnPremCostInputs onPremCosts;
    private final SigningKeyFolder signingKeys;
    private final List<Region> compareRegions;
    private final Optional<BacktestRequest> backtest;

    public AssessmentPipeline(AzureCatalog catalog, PriceSourceSettings priceSettings, Clock clock) {
        this(catalog, priceSettings, clock, PriceOverrides.none(), PlanDefaults.NONE, OnPremCostInputs.defaults(),
                null, List.of(), Optional.empty());
    }

    private AssessmentPipeline(AzureCatalog catalog, PriceSourceSettings priceSettings, Clock clock,
            PriceOverrides overrides, PlanDefaults planDefaults, OnPremCostInputs onPremCosts,
            SigningKeyFolder signingKeys, List<Region> compareRegions, Optional<BacktestRequest> backtest) {
        this.signingKeys = signingKeys;
        this.compareRegions = List.copyOf(compareRegions);
        this.backtest = Objects.requireNonNull(backtest, "backtest");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.priceSettings = Objects.requireNonNull(priceSettings, "priceSettings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.overrides = Objects.requireNonNull(overrides, "overrides");
        this.planDefaults = Objects.requireNonNull(planDefaults, "planDefaults");
        this.onPremCosts = Objects.requireNonNull(onPremCosts, "onPremCosts");
    }

    /** This pipeline with negotiated prices laid over the resolved price source (and the licence meters). */
    public AssessmentPipeline withOverrides(PriceOverrides negotiated) {
        return new AssessmentPipeline(catalog, priceSettings, clock, negotiated, planDefaults, onPremCosts,
                signingKeys, compareRegions, backtest);
    }

    /** This pipeline, proposing Migration Plan targets from these rules. */
    public AssessmentPipeline withPlanDefaults(PlanDefaults rules) {
        return new AssessmentPipeline(catalog, priceSettings, clock, overrides, rules, onPremCosts, signingKeys,
                compareRegions, backtest);
    }

    /** This pipeline, costing the estate on premises from these inputs (e.g. {@code --onprem-costs FILE}). */
    public AssessmentPipeline withOnPremCosts(OnPremCostInputs inputs) {
        return new AssessmentPipeline(catalog, priceSettings, clock, overrides, planDefaults, inputs, signingKeys,
                compareRegions, backtest);
    }

    /** This pipeline, signing the Migration Plan with the keys in {@code keys} instead of the user's own ({@code demo --migrate}). */
    public AssessmentPipeline withSigningKeys(SigningKeyFolder keys) {
        return new AssessmentPipeline(catalog, priceSettings, clock, overrides, planDefaults, onPremCosts,
                Objects.requireNonNull(keys, "keys"), compareRegions, backtest);
    }

    /**
     * This pipeline, pricing the same sizing also in these regions (besides the settings' region, which is left
     * out of them). The one price source must then hold every region: a source that lacks one is refused with
     * the {@code prices refresh} command that fetches it.
     */
    public AssessmentPipeline withCompareRegions(List<Region> regions) {
        return new AssessmentPipeline(catalog, priceSettings, clock, overrides, planDefaults, onPremCosts,
                signingKeys, regions, backtest);
    }

    /** This pipeline with a sizing backtest on the workspace history the request reads. */
    public AssessmentPipeline withBacktest(BacktestRequest request) {
        return new AssessmentPipeline(catalog, priceSettings, clock, overrides, planDefaults, onPremCosts,
                signingKeys, compareRegions, Optional.of(request));
    }

    public Outcome run(String estate, Inventory inventory, Map<String, PerfSummary> perf, AssessmentSettings settings,
            List<InputFile> inputs, String toolVersion, Path out) {
        return run(estate, inventory, perf, EstateAssessment.Unmeasured.FALL_BACK_PER_COUNTER, settings, inputs,
                toolVersion, out);
    }

    /** As above; {@code unmeasured} says how VMs without a summary are sized (as on-premises for CSV rows without figures). */
    public Outcome run(String estate, Inventory inventory, Map<String, PerfSummary> perf,
            EstateAssessment.Unmeasured unmeasured, AssessmentSettings settings, List<InputFile> inputs,
            String toolVersion, Path out) {
        // the book converts hourly and monthly meters over the 730-hour billing month; the running hours
        // (settings.hoursPerMonth) only scale what Azure bills per running hour, in the pricing engine
        Region primary = Region.of(settings.region().name());
        List<Region> others = compareRegions.stream().filter(r -> !r.equals(primary)).distinct().toList();
        List<Region> priced = new java.util.ArrayList<>(List.of(primary));
        priced.addAll(others);
        ResolvedPrices resolved = new PriceSourceResolver(priceSettings, clock).resolve(priced,
                settings.currency(), PriceBook.DEFAULT_HOURS_PER_MONTH);
        ResolvedPrices prices = new ResolvedPrices(resolved.kind(), resolved.location(), resolved.header(),
                resolved.age(), overrides.applyTo(resolved.book()), resolved.warnings());
        LinuxLicencePrices licences = overrides.applyTo(CachedLicences.forPrices(resolved, settings.currency()));
        PriceBookPriceSource priceSource = new PriceBookPriceSource(prices.book(), catalog, licences);
        EstateResult result = new EstateAssessment(catalog, priceSource,
                settings, FitRules.builtIn(), unmeasured).assess(inventory.vms(),
                vm -> Optional.ofNullable(perf.get(vm.identity().key())));
        AssessmentReport report = ReportMapper.map(new ReportInputs(estate, inventory, result, prices, settings,
                catalog.version().datasetDate() + " (" + catalog.version().description() + ")", toolVersion, inputs,
                perf, clock.instant(), licences, overrides, planDefaults, onPremCosts), others, catalog);
        List<Assumption> extra = new java.util.ArrayList<>();
        if (!others.isEmpty()) {
            extra.add(new Assumption("Compared regions", others.stream().map(Region::name)
                    .collect(java.util.stream.Collectors.joining(", ")), "the sizes and managed disks chosen for "
                    + primary.name() + ", priced there from the same price source (Regions sheet)"));
        }
        if (backtest.isPresent()) {
            Backtest b = backtest.get().run(inventory, catalog, priceSource, settings, report.vms(), unmeasured);
            report = report.with(report.regionComparison(), Optional.of(b));
            extra.add(new Assumption("Backtest", "held out " + b.holdout() + ", sized on " + b.trainedOn() + " at "
                    + b.percentile() + " × " + settings.comfortFactor(), "evidence for the percentile and comfort"
                    + " factor only: the recommended sizes use the full history"));
        }
        report = report.withAssumptions(extra);
        SigningKeyFolder keys = signingKeys == null ? SigningKeyFolder.userDefault() : signingKeys;
        WrittenWorkbook written = new WorkbookWriter(keys.signer()).write(report, out);
        return new Outcome(report, result, prices, out, written.warnings());
    }
}
