package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.CpuArchitecture;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.assess.catalog.WorkloadCategory;
import dev.cloudfit.assess.sizing.price.PriceOs;
import dev.cloudfit.assess.sizing.price.PriceSource;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.UnknownRegionRule;
import dev.cloudfit.core.units.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The sizes in scope for one run and licence, cheapest first: priced sizes by monthly price (ties by
 * vCPUs, memory, name), then unpriced sizes by vCPUs, memory, name. Scope: x64 only; the series
 * allow-list; no burstable sizes unless allowed; region — a size listed by the catalog for the region,
 * or priced there, is in; a size the catalog lists for other regions only (and unpriced here) is out;
 * a size with unknown availability follows {@link UnknownRegionRule}.
 *
 * @param inSeries sizes left after the series and burstable filters (before the region filter)
 */
public record VmCandidates(PriceOs os, List<VmCandidate> ordered, int inSeries) {

    public VmCandidates {
        ordered = List.copyOf(ordered);
    }

    public static VmCandidates build(AzureCatalog catalog, PriceSource prices, AssessmentSettings settings, PriceOs os) {
        List<VmCandidate> priced = new ArrayList<>();
        List<VmCandidate> unpriced = new ArrayList<>();
        int inSeries = 0;
        for (VmSizeSpec s : catalog.vmSizes()) {
            if (s.architecture() != CpuArchitecture.X64) {
                continue;
            }
            if (!settings.seriesAllowList().isEmpty() && !settings.seriesAllowList().contains(s.series())) {
                continue;
            }
            // GPU, FPGA and HPC sizes are left out unless their series is asked for (reference §2: Azure Migrate
            // does not consider them)
            boolean special = s.category() == WorkloadCategory.ACCELERATED || s.category() == WorkloadCategory.HIGH_PERFORMANCE;
            if (special && !settings.seriesAllowList().contains(s.series())) {
                continue;
            }
            boolean burstable = s.category() == WorkloadCategory.BURSTABLE || s.baseCpuPercent().isPresent();
            if (burstable && !settings.includeBurstable()) {
                continue;
            }
            inSeries++;
            Optional<Money> monthly = prices.vmMonthly(s.name(), settings.region(), os, settings.pricePlan(),
                    settings.hoursPerMonth());
            boolean listedHere = s.isKnownAvailableIn(settings.region());
            boolean unknown = s.regions().isEmpty();
            if (!listedHere && monthly.isEmpty()) {
                if (!unknown || settings.unknownRegionRule() == UnknownRegionRule.EXCLUDE) {
                    continue;
                }
            }
            VmCandidate c = new VmCandidate(s, monthly, !listedHere && monthly.isEmpty());
            (monthly.isPresent() ? priced : unpriced).add(c);
        }
        Comparator<VmCandidate> bySize = Comparator.comparingInt((VmCandidate c) -> c.spec().vcpus())
                .thenComparing(c -> c.spec().memory())
                .thenComparing(c -> c.spec().name().value());
        priced.sort(Comparator.comparing((VmCandidate c) -> c.monthly().orElseThrow()).thenComparing(bySize));
        unpriced.sort(bySize);
        List<VmCandidate> all = new ArrayList<>(priced);
        all.addAll(unpriced);
        return new VmCandidates(os, all, inSeries);
    }
}
