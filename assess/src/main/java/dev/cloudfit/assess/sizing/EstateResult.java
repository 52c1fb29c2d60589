package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.sizing.fit.EstateComparison;
import dev.cloudfit.assess.sizing.fit.FitDecision;
import dev.cloudfit.assess.sizing.settings.SettingRow;

import java.util.List;
import java.util.Objects;

/** Everything the report needs from sizing: one decision per VM (with its IaaS result), the estate comparison, and the assumptions. */
public record EstateResult(List<FitDecision> decisions, EstateComparison comparison, List<SettingRow> assumptions) {

    public EstateResult {
        Objects.requireNonNull(comparison, "comparison");
        decisions = List.copyOf(decisions);
        assumptions = List.copyOf(assumptions);
    }
}
