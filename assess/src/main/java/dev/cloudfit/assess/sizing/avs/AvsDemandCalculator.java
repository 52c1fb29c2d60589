package dev.cloudfit.assess.sizing.avs;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.core.units.DataSize;

/**
 * A VM's AVS demand (reference §7.4). Performance-based: vCPU × CPU% × CF and memory × mem% × CF
 * (configured figures when the counter is missing), storage = space in use × CF (provisioned when
 * in-use is unknown). As-on-premises: configured vCPUs and memory, provisioned storage.
 */
public final class AvsDemandCalculator {

    private final AssessmentSettings settings;

    public AvsDemandCalculator(AssessmentSettings settings) {
        this.settings = settings;
    }

    public AvsDemand demand(Vm vm, PerfSummary perf) {
        double cf = settings.comfortFactor();
        DataSize provisioned = vm.diskCapacity();
        if (settings.criterion() == SizingCriterion.AS_ON_PREMISES) {
            return new AvsDemand(vm.identity().key(), vm.vcpus(), vm.memory(), provisioned, vm.vcpus(), vm.memory());
        }
        double vcpus = perf.cpu().map(c -> vm.vcpus() * c.value() / 100.0 * cf).orElse((double) vm.vcpus());
        DataSize memory = perf.memory().map(m -> vm.memory().times(m.value() / 100.0 * cf)).orElse(vm.memory());
        DataSize storage = vm.inUse().isZero() ? provisioned : vm.inUse().times(cf);
        return new AvsDemand(vm.identity().key(), vcpus, memory, storage, vm.vcpus(), vm.memory());
    }
}
