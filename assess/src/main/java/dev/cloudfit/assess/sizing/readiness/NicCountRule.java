package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Vm;

import java.util.List;

/** At most 32 network adapters (reference §4.1); sizes with fewer NICs are filtered by the sizer. */
public final class NicCountRule implements ReadinessRule {

    public static final int MAX_NICS = 32;

    @Override
    public List<Finding> check(Vm vm) {
        int nics = vm.nics().size();
        if (nics <= MAX_NICS) {
            return List.of();
        }
        return List.of(Finding.of("azure.nic.too-many", "OneOrMoreAdaptersNotSuitable", Severity.BLOCKER,
                nics + " network adapters; Azure VMs take at most " + MAX_NICS,
                "Consolidate networks onto fewer adapters (VLANs or secondary IPs) before migration"));
    }
}
