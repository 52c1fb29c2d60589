package dev.cloudfit.vsphere.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.fault.InvalidArgumentException;
import dev.cloudfit.vsphere.fault.ManagedObjectNotFoundException;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import dev.cloudfit.vsphere.view.ContainerView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Container views and paged property retrieval against the simulator: 2 datacenters x (2 clusters +
 * 1 standalone host) x 20 VMs = 120 VMs. The testkit's vcsim pages like vCenter (maxObjects, tokens).
 */
@WithVcsim(datacenters = 2, clustersPerDatacenter = 2, hostsPerCluster = 2, standaloneHostsPerDatacenter = 1,
        vmsPerHostOrCluster = 20)
class PropertyCollectorVcsimTest {

    private static final int VMS = 120;

    private static VcenterSession connect(Vcsim vcsim) {
        return VcenterSession.login(SoapTransport.open(new VcenterEndpoint(vcsim.sdkUrl()),
                        VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint())), TransportSettings.defaults()),
                new Credentials(vcsim.username(), vcsim.password()));
    }

    private static ContainerView vmView(VcenterSession session) {
        return ContainerView.create(session, session.serviceContent().rootFolder(), List.of("VirtualMachine"), true);
    }

    @Test
    void smallPagesReturnEveryVmExactlyOnce(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim); ContainerView view = vmView(session)) {
            Map<ManagedObjectReference, Integer> seen = new HashMap<>();
            List<String> names = new ArrayList<>();
            RetrievalSummary summary = new PropertyCollector(session).retrieve(view,
                    List.of(PropertySpec.of("VirtualMachine", "name")), new RetrieveOptions(7), vm -> {
                        seen.merge(vm.object(), 1, Integer::sum);
                        names.add(vm.text("name").orElseThrow());
                    });
            assertThat(seen).hasSize(VMS);
            assertThat(seen.values()).allMatch(n -> n == 1);
            assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.matches("DC[01]_(H0|C[01]_RP0)_VM\\d+"));
            assertThat(summary.objects()).isEqualTo(VMS);
            assertThat(summary.pages()).as("120 objects, 7 per page").isEqualTo(18);
        }
    }

    @Test
    void oneBigPageWhenMaxObjectsCoversAll(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim); ContainerView view = vmView(session)) {
            RetrievalSummary summary = new PropertyCollector(session).retrieve(view,
                    List.of(PropertySpec.of("VirtualMachine", "name")), new RetrieveOptions(500), vm -> { });
            assertThat(summary).isEqualTo(new RetrievalSummary(VMS, 1));
        }
    }

    @Test
    void valuesArriveAsScalarsReferencesArraysAndDataObjects(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim); ContainerView view = vmView(session)) {
            List<ObjectContent> vms = new ArrayList<>();
            new PropertyCollector(session).retrieve(view, List.of(PropertySpec.of("VirtualMachine", "name",
                    "runtime.powerState", "runtime.host", "config.hardware.numCPU", "config.hardware.memoryMB",
                    "config.template", "config.hardware.device")), new RetrieveOptions(50), vms::add);
            ObjectContent vm = vms.get(0);
            assertThat(vm.text("runtime.powerState")).hasValue("poweredOn");
            assertThat(vm.get("runtime.powerState").orElseThrow().typeName()).isEqualTo("VirtualMachinePowerState");
            assertThat(vm.reference("runtime.host")).hasValueSatisfying(h -> assertThat(h.type()).isEqualTo("HostSystem"));
            assertThat(vm.intValue("config.hardware.numCPU")).hasValueSatisfying(n -> assertThat(n).isPositive());
            assertThat(vm.longValue("config.hardware.memoryMB")).hasValueSatisfying(n -> assertThat(n).isPositive());
            assertThat(vm.booleanValue("config.template")).hasValue(false);
            assertThat(vm.get("config.hardware.device").orElseThrow().typeName()).isEqualTo("ArrayOfVirtualDevice");
            DataObjectValue disk = vm.elements("config.hardware.device").stream()
                    .filter(d -> "VirtualDisk".equals(d.typeName())).map(DataObjectValue.class::cast).findFirst().orElseThrow();
            assertThat(disk.path("capacityInKB").flatMap(PropertyValue::longValue)).hasValueSatisfying(kb -> assertThat(kb).isPositive());
            assertThat(disk.path("backing.datastore").flatMap(PropertyValue::reference))
                    .hasValueSatisfying(ds -> assertThat(ds.type()).isEqualTo("Datastore"));
            assertThat(disk.path("backing").orElseThrow().typeName()).isEqualTo("VirtualDiskFlatVer2BackingInfo");
            assertThat(disk.text("backing.fileName")).hasValueSatisfying(f -> assertThat(f).startsWith("[LocalDS_0]"));
        }
    }

    @Test
    void readsOnePropertyOfOneObject(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim)) {
            PropertyCollector collector = new PropertyCollector(session);
            ManagedObjectReference perf = session.serviceContent().perfManager().orElseThrow();
            // govmomi 0.24's simulator defines no historical intervals: an empty array, typed
            assertThat(collector.readOne(perf, "historicalInterval")).hasValueSatisfying(
                    v -> assertThat(v.typeName()).isEqualTo("ArrayOfPerfInterval"));
            List<PropertyValue> counters = collector.readOne(perf, "perfCounter").orElseThrow().elements();
            assertThat(counters).hasSizeGreaterThan(10).allSatisfy(c -> {
                assertThat(c.typeName()).isEqualTo("PerfCounterInfo");
                assertThat(c.path("key").flatMap(PropertyValue::intValue)).isPresent();
                assertThat(c.path("groupInfo.key").flatMap(PropertyValue::text)).isPresent();
            });
            assertThat(collector.readOne(session.serviceContent().optionManager().orElseThrow(), "setting"))
                    .hasValueSatisfying(v -> assertThat(v.elements()).isNotEmpty()
                            .allSatisfy(o -> assertThat(o.path("key")).isPresent()));
            assertThat(collector.readOne(session.serviceContent().rootFolder(), "name")).hasValueSatisfying(
                    v -> assertThat(v.text()).isPresent());
        }
    }

    @Test
    void aPathTheTypeDoesNotHaveIsReportedMissing(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim)) {
            PropertyCollector collector = new PropertyCollector(session);
            ObjectContent root = collector.read(session.serviceContent().rootFolder(), "name", "noSuchProperty");
            assertThat(root.text("name")).isPresent();
            assertThat(root.missing()).singleElement().satisfies(m -> {
                assertThat(m.path()).isEqualTo("noSuchProperty");
                assertThat(m.fault().name()).isEqualTo("InvalidProperty");
            });
            assertThatThrownBy(() -> collector.readOne(session.serviceContent().rootFolder(), "noSuchProperty"))
                    .isInstanceOf(MissingPropertyException.class).hasMessageContaining("InvalidProperty");
        }
    }

    @Test
    void aConsumerFailureCancelsTheRestOfTheResult(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim); ContainerView view = vmView(session)) {
            AtomicInteger delivered = new AtomicInteger();
            PropertyCollector collector = new PropertyCollector(session);
            assertThatThrownBy(() -> collector.retrieve(view, List.of(PropertySpec.of("VirtualMachine", "name")),
                    new RetrieveOptions(10), vm -> {
                        if (delivered.incrementAndGet() == 15) {
                            throw new IllegalStateException("consumer gave up");
                        }
                    })).hasMessage("consumer gave up");
            // page 2 came with token "2" and was cancelled: the server no longer knows it
            assertThatThrownBy(() -> session.call(SoapRequest.method("ContinueRetrievePropertiesEx",
                    session.serviceContent().propertyCollector()).text("token", "2").build(), SoapResponseReader.none()))
                    .isInstanceOf(InvalidArgumentException.class);
            // and the session goes on working
            assertThat(collector.retrieve(view, List.of(PropertySpec.of("VirtualMachine", "name")),
                    new RetrieveOptions(10), vm -> { }).objects()).isEqualTo(VMS);
        }
    }

    @Test
    void aSessionLostBetweenPagesIsReportedNotPapered(Vcsim vcsim) {
        try (VcenterSession victim = connect(vcsim); VcenterSession admin = connect(vcsim);
             ContainerView view = vmView(victim)) {
            AtomicInteger delivered = new AtomicInteger();
            assertThatThrownBy(() -> new PropertyCollector(victim).retrieve(view,
                    List.of(PropertySpec.of("VirtualMachine", "name")), new RetrieveOptions(50), vm -> {
                        if (delivered.incrementAndGet() == 1) {
                            admin.callOnce(SoapRequest.method("TerminateSession", admin.serviceContent().sessionManager())
                                    .text("sessionId", victim.loginSession().key()).build(), SoapResponseReader.none());
                        }
                    })).isInstanceOf(RetrievalLostException.class).hasMessageContaining("page 2");
            assertThat(delivered).hasValue(50);
            assertThat(view.lost()).isTrue();
            // a new view in the new session reads everything
            try (ContainerView again = vmView(victim)) {
                assertThat(new PropertyCollector(victim).retrieve(again, List.of(PropertySpec.of("VirtualMachine", "name")),
                        new RetrieveOptions(50), vm -> { }).objects()).isEqualTo(VMS);
            }
        }
    }

    @Test
    void aDestroyedViewIsGone(Vcsim vcsim) {
        try (VcenterSession session = connect(vcsim)) {
            ContainerView view = ContainerView.create(session, session.serviceContent().rootFolder(),
                    List.of("HostSystem", "ClusterComputeResource"), true);
            List<String> types = new ArrayList<>();
            new PropertyCollector(session).retrieve(view, List.of(PropertySpec.of("HostSystem", "name"),
                    PropertySpec.of("ClusterComputeResource", "name")), RetrieveOptions.defaults(), o -> types.add(o.object().type()));
            assertThat(types).filteredOn("HostSystem"::equals).hasSize(2 * (2 * 2 + 1));
            assertThat(types).filteredOn("ClusterComputeResource"::equals).hasSize(4);
            view.close();
            assertThatThrownBy(() -> new PropertyCollector(session).retrieve(view,
                    List.of(PropertySpec.of("HostSystem", "name")), RetrieveOptions.defaults(), o -> { }))
                    .isInstanceOf(ManagedObjectNotFoundException.class);
        }
    }
}
