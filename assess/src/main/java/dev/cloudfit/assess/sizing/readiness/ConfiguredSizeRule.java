package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Vm;

import java.util.ArrayList;
import java.util.List;

/** Sizing needs the configured vCPU count and memory; without them readiness is unknown. */
public final class ConfiguredSizeRule implements ReadinessRule {

    @Override
    public List<Finding> check(Vm vm) {
        List<Finding> out = new ArrayList<>();
        if (vm.vcpus() == 0) {
            out.add(Finding.of("azure.compute.cores-unknown", "ConfiguredCoresUnknown", Severity.UNKNOWN,
                    "The configured vCPU count is not known", "Re-import an inventory that carries the VM's vCPUs"));
        }
        if (vm.memory().isZero()) {
            out.add(Finding.of("azure.compute.memory-unknown", "ConfiguredMemoryUnknown", Severity.UNKNOWN,
                    "The configured memory is not known", "Re-import an inventory that carries the VM's memory"));
        }
        return out;
    }
}
