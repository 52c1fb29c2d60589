package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.sizing.disk.DiskChoice;
import dev.cloudfit.assess.sizing.perf.Stars;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.Readiness;
import dev.cloudfit.core.units.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One VM assessed for Azure IaaS: readiness and findings, needs (empty when the configured size is
 * unknown or a configuration blocker stopped sizing), disks, size, why, runner-up, monthly cost
 * (compute + every disk; empty when any part has no price) and confidence (empty for as-on-premises or
 * without performance data).
 */
public record IaasResult(
        String vmKey,
        String vmName,
        Readiness readiness,
        List<Finding> findings,
        Optional<VmNeeds> needs,
        List<DiskChoice> disks,
        Optional<ChosenSize> size,
        Optional<BindingConstraint> binding,
        Optional<RunnerUp> runnerUp,
        Optional<Money> monthlyCost,
        Optional<Stars> confidence) {

    public IaasResult {
        Objects.requireNonNull(vmKey, "vmKey");
        Objects.requireNonNull(vmName, "vmName");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(runnerUp, "runnerUp");
        Objects.requireNonNull(monthlyCost, "monthlyCost");
        Objects.requireNonNull(confidence, "confidence");
        findings = List.copyOf(findings);
        disks = List.copyOf(disks);
    }

    public boolean hasFinding(String id) {
        return findings.stream().anyMatch(f -> f.id().equals(id));
    }
}
