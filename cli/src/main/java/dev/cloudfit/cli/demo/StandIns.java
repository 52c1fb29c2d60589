package dev.cloudfit.cli.demo;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.assess.catalog.VmSizeSpec;
import dev.cloudfit.reports.plan.PlanApproval.PlanLine;
import dev.cloudfit.testkit.arm.LocalArm;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.VcsimConfig;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.standin.SimulatedVm;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import dev.cloudfit.vsphere.vm.PowerState;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * The three stand-ins of {@code demo --migrate}, on loopback: vcsim with one VM per approved row
 * (renamed, its instance UUID, a 24 MiB disk of real bytes, running), Azurite, and the local ARM
 * with the rows' resource groups, the demo VNet and subnet, and their VM sizes offered.
 * {@link #close()} stops all three.
 */
final class StandIns implements AutoCloseable {

    /** Each demo VM's disk: Azure takes uploads from 20 MiB; small enough to copy in a second. */
    static final int DISK_BYTES = 24 << 20;

    private final Vcsim vcsim;
    private final Azurite azurite;
    private final LocalArm arm;

    private StandIns(Vcsim vcsim, Azurite azurite, LocalArm arm) {
        this.vcsim = vcsim;
        this.azurite = azurite;
        this.arm = arm;
    }

    static StandIns start(List<PlanLine> rows, String vnet, String subnet, Consumer<String> say) {
        say.accept("starting vcsim with " + rows.size() + " VMs (the first start builds it with Go: about a minute)");
        Vcsim vcsim = Vcsim.start(VcsimConfig.defaults().withClustersPerDatacenter(0).withStandaloneHostsPerDatacenter(1)
                .withVmsPerHostOrCluster(rows.size()));
        Azurite azurite = null;
        LocalArm arm = null;
        try {
            VcenterTls tls = VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint()));
            try (VcenterSession session = login(vcsim, tls)) {
                VmOperations power = new VmOperations(session);
                for (int i = 0; i < rows.size(); i++) {
                    PlanLine row = rows.get(i);
                    ManagedObjectReference vm = SimulatedVm.at(session, "DC0/vm/DC0_H0_VM" + i);
                    power.powerOff(vm);
                    SimulatedVm simulated = new SimulatedVm(session, tls, vm);
                    simulated.becomes(row.vm(), row.instanceUuid());
                    simulated.diskHolds(diskBytes(i));
                    power.undo(new VmChange.PoweredOff(vm, PowerState.POWERED_ON));
                    say.accept("vcsim VM " + row.vm() + " (instance UUID " + row.instanceUuid() + "), a "
                            + (DISK_BYTES >> 20) + " MiB disk, running");
                }
            }
            say.accept("starting Azurite and the local Azure Resource Manager");
            azurite = Azurite.start();
            arm = LocalArm.start(azurite);
            AzureCatalog catalog = AzureCatalog.bundled();
            Set<String> groups = new LinkedHashSet<>();
            for (PlanLine row : rows) {
                if (groups.add(row.region() + "/" + row.resourceGroup())) {
                    arm.createResourceGroup(row.resourceGroup(), row.region());
                    arm.createVirtualNetwork(row.resourceGroup(), vnet, row.region(), "10.10.0.0/16", subnet, "10.10.1.0/24");
                }
                int vcpus = catalog.vmSize(VmSizeName.of(row.targetSize())).map(VmSizeSpec::vcpus).orElse(2);
                String family = "demo" + row.targetSize().replace("_", "") + "Family";
                arm.offerSize(row.region(), row.targetSize(), family, vcpus);
                arm.quota(row.region(), family, 0, 100);
            }
            return new StandIns(vcsim, azurite, arm);
        } catch (RuntimeException | Error e) {
            closeAll(vcsim, azurite, arm);
            throw e;
        }
    }

    /** Bytes with a shape a real disk has: a boot area, data, holes, and the last byte set. */
    static byte[] diskBytes(int vm) {
        byte[] bytes = new byte[DISK_BYTES];
        Random random = new Random(20261207L + vm);
        byte[] part = new byte[1 << 20];
        for (int mib : new int[] {0, 1, 8, 9, 10, 16}) {
            random.nextBytes(part);
            System.arraycopy(part, 0, bytes, mib << 20, part.length);
        }
        bytes[DISK_BYTES - 1] = 42;
        return bytes;
    }

    private static VcenterSession login(Vcsim vcsim, VcenterTls tls) {
        return VcenterSession.connect(new VcenterEndpoint(vcsim.sdkUrl()), tls, TransportSettings.defaults(),
                new Credentials(vcsim.username(), vcsim.password()));
    }

    VcenterSession vcenterSession() {
        return login(vcsim, vcenterTls());
    }

    VcenterTls vcenterTls() {
        return VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint()));
    }

    String vcenterName() {
        return vcsim.sdkUrl().getHost() + ":" + vcsim.sdkUrl().getPort();
    }

    String subscriptionId() {
        return arm.subscriptionId();
    }

    URI armEndpoint() {
        return arm.endpoint();
    }

    String armToken() {
        return arm.accessToken();
    }

    SSLContext armTrust() {
        return arm.sslContext();
    }

    @Override
    public void close() {
        closeAll(vcsim, azurite, arm);
    }

    private static void closeAll(Vcsim vcsim, Azurite azurite, LocalArm arm) {
        if (arm != null) {
            arm.close();
        }
        if (azurite != null) {
            azurite.close();
        }
        vcsim.close();
    }
}
