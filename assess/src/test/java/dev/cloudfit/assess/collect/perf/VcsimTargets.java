package dev.cloudfit.assess.collect.perf;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertySpec;
import dev.cloudfit.vsphere.property.RetrieveOptions;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import dev.cloudfit.vsphere.view.ContainerView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Test helpers: a pinned session on a simulator and its VMs as collection targets. */
final class VcsimTargets {

    private VcsimTargets() {
    }

    static VcenterSession connect(Vcsim vcsim) {
        return VcenterSession.login(SoapTransport.open(new VcenterEndpoint(vcsim.sdkUrl()),
                VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint())), TransportSettings.defaults()),
                new Credentials(vcsim.username(), vcsim.password()));
    }

    /** Every VM, keyed {@code vcsim/<moref>} (vcsim builds the same MoRefs for the same configuration). */
    static List<PerfTarget> vms(VcenterSession session) {
        List<PerfTarget> out = new ArrayList<>();
        try (ContainerView view = ContainerView.create(session, session.serviceContent().rootFolder(),
                List.of("VirtualMachine"), true)) {
            new PropertyCollector(session).retrieve(view, List.of(PropertySpec.of("VirtualMachine", "name")),
                    RetrieveOptions.defaults(), o -> out.add(new PerfTarget(o.object(), "vcsim/" + o.object().value())));
        }
        out.sort(Comparator.comparing(PerfTarget::vmKey));
        return out;
    }
}
