package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Vm;

import java.util.ArrayList;
import java.util.List;

/** The configuration checks run on every VM before sizing. */
public record ReadinessRules(List<ReadinessRule> rules) {

    public ReadinessRules {
        rules = List.copyOf(rules);
    }

    public static ReadinessRules standard() {
        return new ReadinessRules(List.of(new ConfiguredSizeRule(), new BootTypeRule(), new GuestOsRule(),
                new ArchitectureRule(), new DiskCountRule(), new DiskSizeRule(), new DiskFlagsRule(), new NicCountRule()));
    }

    public List<Finding> check(Vm vm) {
        List<Finding> out = new ArrayList<>();
        for (ReadinessRule r : rules) {
            out.addAll(r.check(vm));
        }
        return List.copyOf(out);
    }
}
