package dev.cloudfit.assess.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.property.RetrieveOptions;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import org.junit.jupiter.api.Test;

/**
 * An administrator terminates the collector's session between two VM pages: the session logs in
 * again, the view and token are gone, and the collector reads the VMs again through a new view,
 * ending with every VM exactly once.
 */
@WithVcsim(datacenters = 1, clustersPerDatacenter = 2, hostsPerCluster = 2, standaloneHostsPerDatacenter = 1,
        vmsPerHostOrCluster = 40)
class VcenterInventoryCollectorSessionLossVcsimTest {

    private static VcenterSession connect(Vcsim vcsim) {
        return VcenterSession.login(SoapTransport.open(new VcenterEndpoint(vcsim.sdkUrl()),
                        VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint())), TransportSettings.defaults()),
                new Credentials(vcsim.username(), vcsim.password()));
    }

    @Test
    void aSessionLostBetweenPagesIsRecoveredWithoutDuplicates(Vcsim vcsim) {
        try (VcenterSession collector = connect(vcsim); VcenterSession admin = connect(vcsim)) {
            int[] started = new int[1];
            CollectedInventory collected = new VcenterInventoryCollector(collector, "vc", new RetrieveOptions(30))
                    .collect(new InventoryProgress() {
                        @Override
                        public void started(int totalVms) {
                            started[0]++;
                        }

                        @Override
                        public void vmCollected(int done) {
                            if (done == 45 && collector.reloginCount() == 0) {
                                admin.callOnce(SoapRequest.method("TerminateSession", admin.serviceContent().sessionManager())
                                        .text("sessionId", collector.loginSession().key()).build(), SoapResponseReader.none());
                            }
                        }
                    });
            assertThat(collector.reloginCount()).isEqualTo(1);
            assertThat(started[0]).as("the VM view was made twice").isEqualTo(2);
            assertThat(collected.inventory().vms()).hasSize(120).extracting(Vm::name).doesNotHaveDuplicates();
            assertThat(collected.vms()).extracting(c -> c.ref().value()).doesNotHaveDuplicates();
        }
    }
}
