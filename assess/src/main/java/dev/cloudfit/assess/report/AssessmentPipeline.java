package dev.cloudfit.assess.report;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.pricing.Region;
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
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.workbook.WorkbookWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Sizes an inventory, prices it with the resolved price source, maps the report and writes the workbook. */
public final class AssessmentPipeline {

    /** What one run produced. */
    public record Outcome(AssessmentReport report, EstateResult result, ResolvedPrices prices, Path workbook) {
        public Outcome {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(prices, "prices");
            Objects.requireNonNull(workbook, "workbook");
        }
    }

    private final AzureCatalog catalog;
    private final PriceSourceSettings priceSettings;
    private final Clock clock;

    public AssessmentPipeline(AzureCatalog catalog, PriceSourceSettings priceSettings, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.priceSettings = Objects.requireNonNull(priceSettings, "priceSettings");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        ResolvedPrices prices = new PriceSourceResolver(priceSettings, clock).resolve(
                List.of(Region.of(settings.region().name())), settings.currency(),
                BigDecimal.valueOf(settings.hoursPerMonth()));
        EstateResult result = new EstateAssessment(catalog, new PriceBookPriceSource(prices.book(), catalog), settings,
                FitRules.builtIn(), unmeasured).assess(inventory.vms(), vm -> Optional.ofNullable(perf.get(vm.identity().key())));
        AssessmentReport report = ReportMapper.map(new ReportInputs(estate, inventory, result, prices, settings,
                catalog.version().datasetDate() + " (" + catalog.version().description() + ")", toolVersion, inputs,
                perf, clock.instant()));
        new WorkbookWriter().write(report, out);
        return new Outcome(report, result, prices, out);
    }
}
