package dev.cloudfit.assess.sizing.fit;

import dev.cloudfit.assess.sizing.avs.AvsDemand;
import dev.cloudfit.assess.sizing.iaas.IaasResult;

import java.util.Objects;
import java.util.Optional;

/**
 * Where one VM goes and why: {@code forced} when a fit rule decided ({@code ruleId}), otherwise the
 * target follows IaaS readiness. {@code avsDemand} is empty when the configured size is unknown.
 */
public record FitDecision(
        String vmKey,
        FitTarget target,
        boolean forced,
        Optional<String> ruleId,
        String reason,
        IaasResult iaas,
        Optional<AvsDemand> avsDemand) {

    public FitDecision {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(iaas, "iaas");
        Objects.requireNonNull(avsDemand, "avsDemand");
    }

    /** Whether the VM may be placed on IaaS in an estate plan (not forced to AVS and IaaS-ready). */
    public boolean iaasPlaceable() {
        return target == FitTarget.IAAS && iaas.size().isPresent();
    }

    public boolean avsPlaceable() {
        return target != FitTarget.NOT_READY && avsDemand.isPresent();
    }
}
