package dev.cloudfit.assess.plan;

import dev.cloudfit.assess.inventory.Vm;
import java.util.List;

/**
 * The rules of {@code --plan-defaults}, applied top to bottom: a VM starts from
 * {@link PlanTargets#forCluster} and every rule that matches it sets the fields it fills, so general
 * rules go first and specific ones after.
 */
public record PlanDefaults(List<PlanDefaultRule> rules) {

    public static final PlanDefaults NONE = new PlanDefaults(List.of());

    public PlanDefaults {
        rules = List.copyOf(rules);
    }

    public PlanTargets targets(Vm vm) {
        PlanTargets t = PlanTargets.forCluster(vm.placement() == null ? null : vm.placement().cluster());
        for (PlanDefaultRule r : rules) {
            if (r.appliesTo(vm)) {
                t = r.over(t);
            }
        }
        return t;
    }
}
