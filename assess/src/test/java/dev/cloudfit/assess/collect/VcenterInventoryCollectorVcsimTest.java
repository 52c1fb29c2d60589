package dev.cloudfit.assess.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.property.RetrieveOptions;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The collected inventory equals what the simulator holds: 2 datacenters, each with 2 clusters of
 * 2 hosts and 1 standalone host, 20 VMs per cluster and standalone host (120 VMs, 10 hosts); one
 * VM reshaped and given a custom attribute first, so not every VM looks the same.
 */
@WithVcsim(datacenters = 2, clustersPerDatacenter = 2, hostsPerCluster = 2, standaloneHostsPerDatacenter = 1,
        vmsPerHostOrCluster = 20)
class VcenterInventoryCollectorVcsimTest {

    private static final String RESHAPED = "DC1_C1_RP0_VM7";
    private static final String TEMPLATE = "DC0_H0_VM19";

    @BeforeAll
    static void reshapeOneVm(Vcsim vcsim) {
        try (VcsimEdits edits = new VcsimEdits(vcsim)) {
            edits.reshape(RESHAPED, 8, 4, 16384, "SQL Server <prod> & reporting", 10);
            edits.customAttribute(RESHAPED, "Owner", "team-data");
            edits.makeTemplate(TEMPLATE);
        }
    }

    private static VcenterSession connect(Vcsim vcsim) {
        return VcenterSession.login(SoapTransport.open(new VcenterEndpoint(vcsim.sdkUrl()),
                        VcenterTls.pinned(Thumbprint.parse(vcsim.sha256Thumbprint())), TransportSettings.defaults()),
                new Credentials(vcsim.username(), vcsim.password()));
    }

    private static CollectedInventory collect(Vcsim vcsim, int pageSize, InventoryProgress progress) {
        try (VcenterSession session = connect(vcsim)) {
            return new VcenterInventoryCollector(session, "vc.test", new RetrieveOptions(pageSize)).collect(progress);
        }
    }

    @Test
    void everyVmAsTheSimulatorHoldsIt(Vcsim vcsim) throws Exception {
        CollectedInventory collected = collect(vcsim, 17, InventoryProgress.NONE);
        Map<String, VcsimDirectRead.VmFacts> expected = new VcsimDirectRead(vcsim).vms();

        assertThat(expected).hasSize(120);
        assertThat(collected.inventory().vms()).hasSize(vcsim.counts().vms()).hasSize(expected.size());
        Map<String, Vm> byName = collected.inventory().vms().stream().collect(Collectors.toMap(Vm::name, Function.identity()));
        assertThat(byName.keySet()).isEqualTo(expected.keySet());
        for (VcsimDirectRead.VmFacts facts : expected.values()) {
            Vm vm = byName.get(facts.name());
            assertThat(vm.vcpus()).as(facts.name()).isEqualTo(facts.cpus());
            assertThat(vm.memory()).as(facts.name()).isEqualTo(DataSize.ofMebibytes(facts.memoryMb()));
            assertThat(vm.disks()).as(facts.name()).extracting(Disk::capacity)
                    .containsExactlyElementsOf(facts.diskKb().stream().map(kb -> DataSize.ofKibibytes(kb)).toList());
            assertThat(vm.nics()).as(facts.name()).extracting(n -> n.macAddress()).containsExactlyElementsOf(facts.macs());
        }
        assertThat(collected.vms()).extracting(CollectedVm::vm).containsExactlyElementsOf(collected.inventory().vms());
    }

    @Test
    void identityPlacementAndDevicesOfAPlainVm(Vcsim vcsim) {
        CollectedInventory collected = collect(vcsim, 100, InventoryProgress.NONE);
        CollectedVm plain = collected.vms().stream().filter(v -> v.vm().name().equals("DC0_C1_RP0_VM3")).findFirst().orElseThrow();
        Vm vm = plain.vm();
        assertThat(vm.identity().vcenter()).isEqualTo("vc.test");
        assertThat(vm.identity().vmId()).isEqualTo(plain.ref().value()).startsWith("vm-");
        assertThat(vm.identity().instanceUuid()).matches("[0-9a-f-]{36}");
        assertThat(vm.identity().biosUuid()).matches("[0-9a-f-]{36}").isNotEqualTo(vm.identity().instanceUuid());
        assertThat(vm.powerState()).isEqualTo(PowerState.POWERED_ON);
        assertThat(vm.template()).isFalse();
        assertThat(vm.guestOs().configured()).isNotBlank();
        assertThat(vm.placement().datacenter()).isEqualTo("DC0");
        assertThat(vm.placement().cluster()).isEqualTo("DC0_C1");
        assertThat(vm.placement().host()).startsWith("DC0_C1_H");
        assertThat(vm.disks()).singleElement().satisfies(d -> {
            assertThat(d.label()).as("vcsim labels disks disk-CONTROLLERKEY-UNIT").matches("disk-\\d+-0");
            assertThat(d.datastore()).isEqualTo("LocalDS_0");
            assertThat(d.controller()).isEqualTo("scsi0:0");
            assertThat(d.rdm()).isFalse();
            assertThat(d.shared()).isFalse();
        });
        assertThat(plain.diskInstances()).containsExactly("scsi0:0");
        assertThat(vm.nics()).singleElement().satisfies(n -> {
            assertThat(n.network()).isEqualTo("DC0_DVPG0");
            assertThat(n.adapterType()).isEqualTo("E1000");
            assertThat(n.macAddress()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
        });
        assertThat(plain.nicInstances()).singleElement().satisfies(k -> assertThat(k).matches("\\d+"));
        assertThat(collected.inventory().source().kind()).isEqualTo(InventorySource.VCENTER);
        assertThat(collected.inventory().source().formatVersion()).startsWith("VMware vCenter Server");
        assertThat(collected.about().instanceUuid()).isNotBlank();
    }

    @Test
    void theReshapedVmShowsEveryChange(Vcsim vcsim) {
        Vm vm = collect(vcsim, 100, InventoryProgress.NONE).inventory().vms().stream()
                .filter(v -> v.name().equals(RESHAPED)).findFirst().orElseThrow();
        assertThat(vm.vcpus()).isEqualTo(8);
        assertThat(vm.coresPerSocket()).isEqualTo(4);
        assertThat(vm.memory()).isEqualTo(DataSize.ofGibibytes(16));
        assertThat(vm.annotation()).isEqualTo("SQL Server <prod> & reporting");
        assertThat(vm.firmware()).isEqualTo(Firmware.EFI);
        assertThat(vm.customAttributes()).containsEntry("Owner", "team-data");
        assertThat(vm.disks()).hasSize(2);
        Disk data = vm.disks().stream().filter(d -> "scsi0:1".equals(d.controller())).findFirst().orElseThrow();
        assertThat(data.capacity()).isEqualTo(DataSize.ofGibibytes(10));
        assertThat(data.provisioning()).isEqualTo(DiskProvisioning.THIN);
        assertThat(data.independent()).isTrue();
        assertThat(data.datastore()).isEqualTo("LocalDS_0");
    }

    @Test
    void aTemplateIsCollectedAndFlagged(Vcsim vcsim) {
        List<Vm> vms = collect(vcsim, 100, InventoryProgress.NONE).inventory().vms();
        assertThat(vms).filteredOn(Vm::template).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo(TEMPLATE);
            assertThat(t.powerState()).isEqualTo(PowerState.POWERED_OFF);
            assertThat(t.placement().datacenter()).isEqualTo("DC0");
        });
    }

    @Test
    void hostsWithTheirHardwareAndPlace(Vcsim vcsim) {
        List<Host> hosts = collect(vcsim, 3, InventoryProgress.NONE).inventory().hosts();
        assertThat(hosts).hasSize(vcsim.counts().hosts()).hasSize(10);
        assertThat(hosts).allSatisfy(h -> {
            assertThat(h.cpuModel()).isNotBlank();
            assertThat(h.cpuSockets()).isPositive();
            assertThat(h.cpuCores()).isGreaterThanOrEqualTo(h.cpuSockets());
            assertThat(h.cpuSpeed().hertz()).isPositive();
            assertThat(h.memory().bytes()).isPositive();
            assertThat(h.datacenter()).matches("DC[01]");
        });
        assertThat(hosts).filteredOn(h -> h.cluster() == null).extracting(Host::name)
                .containsExactlyInAnyOrder("DC0_H0", "DC1_H0");
        assertThat(hosts).filteredOn(h -> "DC1_C0".equals(h.cluster())).hasSize(2);
    }

    @Test
    void progressCountsEveryVmOnce(Vcsim vcsim) {
        List<Integer> totals = new ArrayList<>();
        List<Integer> done = new ArrayList<>();
        collect(vcsim, 25, new InventoryProgress() {
            @Override
            public void started(int totalVms) {
                totals.add(totalVms);
            }

            @Override
            public void vmCollected(int n) {
                done.add(n);
            }
        });
        assertThat(totals).containsExactly(120);
        assertThat(done).hasSize(120).isSorted().startsWith(1).endsWith(120);
    }
}
