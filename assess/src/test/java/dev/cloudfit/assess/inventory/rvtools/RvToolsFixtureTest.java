package dev.cloudfit.assess.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.testing.SharedFixtures;
import dev.cloudfit.core.units.DataSize;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real workbooks in shared/fixtures/rvtools, against the totals their README lists. */
class RvToolsFixtureTest {

    private final RvToolsImporter importer = new RvToolsImporter();

    private static long mib(DataSize d) {
        return Math.round(d.toMebibytes());
    }

    @Test
    void kubev2vRvtools46Workbook() {
        Inventory inv = importer.importWorkbook(SharedFixtures.file("rvtools/kubev2v-example1-rvtools4x.xlsx"));
        List<Vm> vms = inv.vms();
        assertThat(vms).hasSize(9);
        List<Vm> withCpus = vms.stream().filter(v -> !v.name().equals("vm-9")).toList();
        assertThat(withCpus.stream().mapToInt(Vm::vcpus).sum()).isEqualTo(51);
        assertThat(withCpus.stream().mapToLong(v -> mib(v.memory())).sum()).isEqualTo(105_753);
        assertThat(vms.stream().mapToLong(v -> mib(v.provisioned())).sum()).isEqualTo(1_371_610);
        assertThat(vms.stream().mapToLong(v -> mib(v.inUse())).sum()).isEqualTo(351_571);
        assertThat(vms.stream().filter(v -> v.powerState() == PowerState.POWERED_ON).count()).isEqualTo(3);
        assertThat(vms.stream().filter(v -> v.powerState() == PowerState.POWERED_OFF).count()).isEqualTo(6);

        Vm vm1 = vms.get(0);
        assertThat(vm1.identity().vmId()).isEqualTo("vm-89952");
        assertThat(vm1.identity().instanceUuid()).isEqualTo("500b85c1-ef0d-37fb-6897-61c47157f858");
        assertThat(vm1.firmware()).isEqualTo(Firmware.EFI);
        // vDisk joins by VM ID: vm-1's disk is 103,424 MiB, thin, on a paravirtual controller
        assertThat(vm1.disks()).singleElement().satisfies(d -> {
            assertThat(mib(d.capacity())).isEqualTo(103_424);
            assertThat(d.controller()).isEqualTo("VMware paravirtual SCSI");
            // Label "SCSI controller 0", Unit # 0: vCenter's virtualDisk instance for this disk
            assertThat(d.perfInstance()).contains("scsi0:0");
        });
        // the custom-attribute columns (owner, mmtest-tags on vMemory/vDisk) are present but empty here
        assertThat(vms).allSatisfy(v -> assertThat(v.customAttributes()).isEmpty());

        // vm-9 has no VM ID, UUID or CPUs in vInfo
        Vm vm9 = vms.get(8);
        assertThat(vm9.name()).isEqualTo("vm-9");
        assertThat(vm9.identity().vmId()).isNull();

        List<Host> hosts = inv.hosts();
        assertThat(hosts).hasSize(7);
        assertThat(hosts.stream().mapToInt(Host::cpuCores).sum()).isEqualTo(224);
        assertThat(hosts.stream().mapToLong(h -> mib(h.memory())).sum()).isEqualTo(1_832_579);
        assertThat(hosts).allSatisfy(h -> assertThat(h.cpuModel()).contains("Xeon(R) Gold 5218"));
        assertThat(inv.source().formatVersion()).isEqualTo("RVTools >= 4.6.1");
        assertThat(inv.source().fieldSources()).containsKey("disks");
        assertThat(inv.source().fieldSources().get("nics")).anyMatch(s -> s.contains("no vNetwork sheet"));
        assertThat(inv.source().sha256())
                .isEqualTo("37c18c19411bd58e99cf13b3bcb0a4c5d6487d6832a0592668e444fcca28872f");
    }

    @Test
    void sizingWorkshopWorkbookWithPre412MegabyteHeaders() {
        Inventory inv = importer.importWorkbook(
                SharedFixtures.file("rvtools/mjvincent-SizingWorkshop-RVTools-mb-headers.xlsx"));
        List<Vm> vms = inv.vms();
        assertThat(vms).hasSize(805);
        assertThat(vms.stream().filter(v -> v.powerState() == PowerState.POWERED_ON).count()).isEqualTo(763);
        assertThat(vms.stream().filter(v -> v.powerState() == PowerState.POWERED_OFF).count()).isEqualTo(42);
        assertThat(vms.stream().filter(Vm::template).count()).isEqualTo(10);
        assertThat(vms.stream().mapToInt(Vm::vcpus).sum()).isEqualTo(2_741);
        // "MB" headers hold MiB: no rescaling
        assertThat(vms.stream().mapToLong(v -> mib(v.memory())).sum()).isEqualTo(10_774_868L);
        assertThat(vms.stream().mapToLong(v -> mib(v.provisioned())).sum()).isEqualTo(234_526_490L);
        assertThat(vms.stream().mapToLong(v -> mib(v.inUse())).sum()).isEqualTo(127_901_813L);
        assertThat(vms.stream().map(v -> v.placement().cluster()).distinct())
                .containsExactlyInAnyOrder("Cluster1", "Cluster2", "DMZ", "Mgmt");
        // vNetwork Connected as 1/0, and 805 NIC rows
        assertThat(vms.stream().mapToLong(v -> v.nics().size()).sum()).isEqualTo(805);
        assertThat(vms.get(0).nics().get(0).ipv4()).containsExactly("10.0.0.0");
        // vPartition "Free % " header with a trailing space, MB headers
        assertThat(vms.stream().mapToLong(v -> v.partitions().size()).sum()).isEqualTo(1_618);
        assertThat(vms.get(0).partitions().get(0).mountPoint()).isEqualTo("C:\\");
        assertThat(mib(vms.get(0).partitions().get(0).consumed())).isEqualTo(41_510);
        assertThat(inv.hosts()).hasSize(34);
        assertThat(inv.source().formatVersion()).isEqualTo("RVTools < 4.1.2");
        assertThat(inv.source().fieldSources().get("disks")).anyMatch(s -> s.contains("no vDisk sheet"));
    }

    @Test
    void syntheticWorkbookWithInventedColumnsIsTolerated() {
        Inventory inv = importer.importWorkbook(
                SharedFixtures.file("rvtools/mjvincent-rvtools-small-complete-synthetic.xlsx"));
        assertThat(inv.vms()).hasSize(3);
        assertThat(inv.vms()).allSatisfy(v -> assertThat(v.vcpus()).isPositive());
        // "Unit #" without a controller label: the bus is unknown, so no address is guessed
        assertThat(inv.vms()).flatMap(Vm::disks).allSatisfy(d -> assertThat(d.address()).isNull());
    }
}
