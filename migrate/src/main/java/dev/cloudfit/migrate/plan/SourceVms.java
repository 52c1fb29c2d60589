package dev.cloudfit.migrate.plan;

import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.Optional;

/** Where the planner finds the approved VMs: vCenter, by instance UUID. */
@FunctionalInterface
public interface SourceVms {

    Optional<VmFacts> find(String instanceUuid);
}
