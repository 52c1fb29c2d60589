package dev.cloudfit.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * The sizing backtest ({@code assess --backtest}): each VM sized on the history before the held-out period,
 * then checked against the held-out samples. Evidence for the percentile and comfort factor; the assessment
 * itself sizes on the full history.
 *
 * @param holdout     the held-out period in words with its dates, e.g. "7 days (2026-11-24 to 2026-12-01)"
 * @param trainedOn   the history the backtest sized on, e.g. "30 days before the held-out period"
 * @param percentile  e.g. "P95"
 */
public record Backtest(String holdout, String trainedOn, String percentile, double comfortFactor,
        List<BacktestVm> vms) {

    public Backtest {
        holdout = Text.required(holdout, "holdout");
        trainedOn = Text.required(trainedOn, "trainedOn");
        percentile = Text.required(percentile, "percentile");
        vms = List.copyOf(vms);
        Objects.requireNonNull(vms);
    }

    public long tested() {
        return vms.stream().filter(BacktestVm::tested).count();
    }

    public long notTested() {
        return vms.size() - tested();
    }

    public long vmsOver() {
        return vms.stream().filter(v -> v.over() > 0).count();
    }

    public long samples() {
        return vms.stream().mapToLong(BacktestVm::samples).sum();
    }

    public long samplesOver() {
        return vms.stream().mapToLong(BacktestVm::over).sum();
    }

    /** The Summary line. */
    public String summary() {
        long samples = samples();
        String share = samples == 0 ? "no held-out samples" : samplesOver() + " of " + samples
                + " held-out samples (" + BacktestVm.percent(samplesOver(), samples) + ") over capacity";
        return String.format(java.util.Locale.ROOT, "Backtest (%s at comfort factor %s, sized on %s, held out %s):"
                + " %d of %d tested VMs exceeded their size at least once; %s; %d VMs not tested."
                + " Evidence only: the assessment sizes on the full history", percentile,
                new java.math.BigDecimal(Double.toString(comfortFactor)).stripTrailingZeros().toPlainString(),
                trainedOn, holdout, vmsOver(), tested(), share, notTested());
    }
}
