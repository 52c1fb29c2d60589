package dev.cloudfit.migrate.plan;

import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.vm.VmFacts;
import dev.cloudfit.vsphere.vm.VmFinder;
import dev.cloudfit.vsphere.vm.VmInspector;
import java.util.Optional;

/** The approved VMs as one vCenter reports them now: found by instance UUID, then inspected. */
public final class VcenterVms implements SourceVms {

    private final VmFinder finder;
    private final VmInspector inspector;

    public VcenterVms(VcenterSession session) {
        this.finder = new VmFinder(session);
        this.inspector = new VmInspector(session);
    }

    @Override
    public Optional<VmFacts> find(String instanceUuid) {
        return finder.byInstanceUuid(instanceUuid).map(inspector::inspect);
    }
}
