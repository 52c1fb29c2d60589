package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One VM on the VMs sheet: identity, inventory, utilisation, the recommendation and why, its cost
 * in each pricing scenario, readiness and fit.
 *
 * @param monthlyCost scenario name to monthly cost, in scenario order; an empty Optional means the
 *                    price is missing (shown as "missing", never as 0)
 * @param bindingConstraint what decided the size: CPU, memory, IOPS, MB/s, disks, NICs, network
 *                    ("" when not sized)
 * @param runnerUpDelta next-cheapest size's monthly price minus the recommended size's
 */
public record VmRow(
        VmIdentity id,
        String powerState,
        String operatingSystem,
        int vcpus,
        DataSize memory,
        DataSize storage,
        String cluster,
        Optional<UtilisationFigure> cpu,
        Optional<UtilisationFigure> memoryUse,
        Optional<String> recommendedSize,
        String bindingConstraint,
        Optional<String> runnerUpSize,
        Optional<Money> runnerUpDelta,
        Map<String, Optional<Money>> monthlyCost,
        Readiness readiness,
        List<String> reasonCodes,
        Confidence confidence,
        Fit fit) {

    public VmRow {
        Objects.requireNonNull(id, "id");
        powerState = Text.orEmpty(powerState);
        operatingSystem = Text.orEmpty(operatingSystem);
        if (vcpus < 0) {
            throw new IllegalArgumentException("vcpus must not be negative: " + vcpus);
        }
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(storage, "storage");
        cluster = Text.orEmpty(cluster);
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memoryUse, "memoryUse");
        Objects.requireNonNull(recommendedSize, "recommendedSize");
        bindingConstraint = Text.orEmpty(bindingConstraint);
        Objects.requireNonNull(runnerUpSize, "runnerUpSize");
        Objects.requireNonNull(runnerUpDelta, "runnerUpDelta");
        Map<String, Optional<Money>> costs = new LinkedHashMap<>();
        monthlyCost.forEach((k, v) -> costs.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
        monthlyCost = Collections.unmodifiableMap(costs);
        Objects.requireNonNull(readiness, "readiness");
        reasonCodes = List.copyOf(reasonCodes);
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(fit, "fit");
    }

    /** The monthly cost in one scenario; empty when missing or when the scenario is unknown to this row. */
    public Optional<Money> costIn(String scenario) {
        return monthlyCost.getOrDefault(scenario, Optional.empty());
    }
}
