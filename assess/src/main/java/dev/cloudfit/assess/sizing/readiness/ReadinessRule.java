package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.Vm;

import java.util.List;

/** One readiness check on a VM's configuration; findings are empty when the VM passes. */
public interface ReadinessRule {

    List<Finding> check(Vm vm);
}
