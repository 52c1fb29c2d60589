package dev.cloudfit.assess.report;

import dev.cloudfit.assess.onprem.OnPremCostInputs;
import dev.cloudfit.assess.plan.PlanDefaults;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.assess.pricing.overrides.PriceOverrides;
import dev.cloudfit.assess.pricing.source.ResolvedPrices;
import dev.cloudfit.assess.sizing.EstateResult;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.reports.model.InputFile;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the report is made from. {@code onPremCosts} are the on-premises
 * cost model's inputs (defaults or {@code --onprem-costs FILE}). {@code perf} holds the performance summaries by VM key (empty
 * when the estate was sized as on-premises).
 */
public record ReportInputs(
        String estate,
        Inventory inventory,
        EstateResult result,
        ResolvedPrices prices,
        AssessmentSettings settings,
        String catalogVersion,
        String toolVersion,
        List<InputFile> inputFiles,
        Map<String, PerfSummary> perf,
        Instant generatedAt,
        LinuxLicencePrices licences,
        PriceOverrides overrides,
        PlanDefaults planDefaults,
        OnPremCostInputs onPremCosts) {

    /** With the on-premises cost model's defaults. */
    public ReportInputs(String estate, Inventory inventory, EstateResult result, ResolvedPrices prices,
            AssessmentSettings settings, String catalogVersion, String toolVersion, List<InputFile> inputFiles,
            Map<String, PerfSummary> perf, Instant generatedAt, LinuxLicencePrices licences, PriceOverrides overrides,
            PlanDefaults planDefaults) {
        this(estate, inventory, result, prices, settings, catalogVersion, toolVersion, inputFiles, perf, generatedAt,
                licences, overrides, planDefaults, OnPremCostInputs.defaults());
    }

    public ReportInputs {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(catalogVersion, "catalogVersion");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(licences, "licences");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(planDefaults, "planDefaults");
        Objects.requireNonNull(onPremCosts, "onPremCosts");
        inputFiles = List.copyOf(inputFiles);
        perf = Map.copyOf(perf);
    }
}
