package dev.cloudfit.assess.inventory.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.OsFamily;
import dev.cloudfit.assess.inventory.Partition;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.units.DataSize;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EstateGeneratorTest {

    private static final List<GeneratedVm> ESTATE = new EstateGenerator(GeneratorSettings.of(1_000, 42)).vms().toList();

    @Test
    void sameSeedGivesTheSameEstateAndAnotherSeedAnother() {
        EstateGenerator again = new EstateGenerator(GeneratorSettings.of(1_000, 42));
        assertThat(again.vms().toList()).isEqualTo(ESTATE);
        assertThat(again.vm(537)).isEqualTo(ESTATE.get(537));
        assertThat(again.hosts()).isEqualTo(new EstateGenerator(GeneratorSettings.of(1_000, 42)).hosts());

        List<GeneratedVm> other = new EstateGenerator(GeneratorSettings.of(1_000, 43)).vms().toList();
        long differentNames = java.util.stream.IntStream.range(0, 1_000)
                .filter(i -> !other.get(i).vm().identity().equals(ESTATE.get(i).vm().identity())).count();
        assertThat(differentNames).isEqualTo(1_000);
    }

    @Test
    void theMixHasEveryKindFrom200VmsOnAndCountsAgree() {
        EstateGenerator g = new EstateGenerator(GeneratorSettings.of(1_000, 42));
        Map<VmKind, Integer> counted = new EnumMap<>(VmKind.class);
        ESTATE.forEach(vm -> counted.merge(vm.kind(), 1, Integer::sum));
        assertThat(counted).isEqualTo(g.mix());
        assertThat(g.mix().values()).allMatch(c -> c > 0);
        assertThat(g.mix().get(VmKind.ORDINARY)).isGreaterThan(900);

        Map<VmKind, Integer> small = new EstateGenerator(GeneratorSettings.of(200, 7)).mix();
        assertThat(small.values()).allMatch(c -> c > 0);
        assertThat(small.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
        assertThat(new EstateGenerator(GeneratorSettings.of(5, 7)).mix().get(VmKind.ORDINARY)).isEqualTo(5);
    }

    @Test
    void specialKindsLookTheirPart() {
        for (GeneratedVm g : ESTATE) {
            Vm vm = g.vm();
            switch (g.kind()) {
                case TEMPLATE -> assertThat(vm.template() && vm.powerState() == PowerState.POWERED_OFF).isTrue();
                case APPLIANCE -> assertThat(vm.annotation()).containsAnyOf("VMware appliance", "vendor virtual appliance");
                case TOO_MANY_VCPUS -> {
                    assertThat(vm.vcpus()).isGreaterThanOrEqualTo(416);
                    assertThat(vm.firmware()).isEqualTo(Firmware.EFI);
                }
                case TOO_MUCH_MEMORY -> assertThat(vm.memory()).isGreaterThan(DataSize.ofTebibytes(12));
                case DISK_TOO_LARGE -> assertThat(vm.disks()).anyMatch(d -> d.capacity().compareTo(DataSize.ofTebibytes(32)) > 0);
                case GUEST_32BIT -> assertThat(vm.guestOs().configured()).contains("32-bit");
                case RDM_DISK -> assertThat(vm.disks()).anyMatch(Disk::rdm);
                case SHARED_DISK -> assertThat(vm.disks()).anyMatch(Disk::shared);
                case MANY_DISKS -> assertThat(vm.disks()).hasSize(60);
                case ORDINARY -> {
                    assertThat(vm.disks()).hasSizeBetween(1, 9).noneMatch(d -> d.rdm() || d.shared());
                    assertThat(vm.nics()).hasSizeBetween(1, 3);
                    assertThat(vm.guestOs().configured()).doesNotContain("32-bit");
                }
                default -> throw new AssertionError(g.kind());
            }
        }
        assertThat(ESTATE.stream().filter(g -> g.kind() == VmKind.APPLIANCE).map(g -> g.vm().guestOs().configured()))
                .contains("VMware Photon OS (64-bit)");
    }

    @Test
    void identitiesAndMacAddressesAreUnique() {
        assertUnique(ESTATE.stream().map(g -> g.vm().name()).toList());
        assertUnique(ESTATE.stream().map(g -> g.vm().identity().vmId()).toList());
        assertUnique(ESTATE.stream().map(g -> g.vm().identity().instanceUuid()).toList());
        assertUnique(ESTATE.stream().map(g -> g.vm().identity().biosUuid()).toList());
        assertUnique(ESTATE.stream().flatMap(g -> g.vm().nics().stream()).map(Nic::macAddress).toList());
        assertUnique(ESTATE.stream().flatMap(g -> g.vm().nics().stream()).flatMap(n -> n.ipv4().stream()).toList());
        assertThat(ESTATE).allMatch(g -> g.vm().identity().vmId().matches("vm-\\d+"))
                .allMatch(g -> g.vm().identity().instanceUuid().matches("50[0-9a-f]{6}-([0-9a-f]{4}-){3}[0-9a-f]{12}"))
                .allMatch(g -> g.vm().nics().stream().allMatch(n -> n.macAddress().matches("00:50:56:[0-3][0-9a-f](:[0-9a-f]{2}){2}")));
    }

    @Test
    void partitionsFitTheirDisksAndTheOs() {
        for (GeneratedVm g : ESTATE) {
            Vm vm = g.vm();
            Map<Integer, Long> usedPerDisk = new java.util.HashMap<>();
            for (int i = 0; i < vm.partitions().size(); i++) {
                Partition p = vm.partitions().get(i);
                assertThat(p.consumed()).isLessThan(p.capacity());
                assertThat(p.consumed().bytes()).isPositive();
                usedPerDisk.merge(g.partitionDisks().get(i), p.capacity().bytes(), Long::sum);
            }
            usedPerDisk.forEach((disk, bytes) -> assertThat(bytes).isLessThan(vm.disks().get(disk).capacity().bytes()));
            if (!vm.partitions().isEmpty()) {
                assertThat(vm.powerState()).isEqualTo(PowerState.POWERED_ON);
                String first = vm.partitions().get(0).mountPoint();
                OsFamily family = vm.guestOs().family();
                if (family == OsFamily.WINDOWS_SERVER || family == OsFamily.WINDOWS_CLIENT) {
                    assertThat(first).isEqualTo("C:\\");
                } else {
                    assertThat(first).startsWith("/");
                }
            }
            if (vm.template()) {
                assertThat(vm.partitions()).isEmpty();
                assertThat(vm.nics()).allMatch(n -> n.ipv4().isEmpty() && !n.connected());
            }
            assertThat(vm.provisioned()).isGreaterThanOrEqualTo(vm.diskCapacity());
            assertThat(vm.inUse()).isLessThanOrEqualTo(vm.provisioned());
        }
    }

    @Test
    void theEstateLooksLikeARealOne() {
        long on = ESTATE.stream().filter(g -> g.vm().powerState() == PowerState.POWERED_ON).count();
        assertThat(on).isBetween(820L, 960L);
        long twoToEight = ESTATE.stream().filter(g -> g.vm().vcpus() >= 2 && g.vm().vcpus() <= 8).count();
        assertThat(twoToEight).isGreaterThan(700);
        Set<OsFamily> families = ESTATE.stream().map(g -> g.vm().guestOs().family()).collect(Collectors.toSet());
        assertThat(families).contains(OsFamily.WINDOWS_SERVER, OsFamily.WINDOWS_CLIENT, OsFamily.LINUX);
        assertThat(ESTATE).anyMatch(g -> g.vm().firmware() == Firmware.EFI).anyMatch(g -> g.vm().firmware() == Firmware.BIOS);
        assertThat(ESTATE).anyMatch(g -> g.vm().nics().stream().anyMatch(n -> !n.ipv6().isEmpty()));
        assertThat(ESTATE).anyMatch(g -> g.vm().disks().stream().anyMatch(Disk::independent));
        assertThat(ESTATE.stream().map(GeneratedVm::workload).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(WorkloadProfile.values());
        assertThat(ESTATE).allMatch(g -> g.vm().customAttributes().keySet().containsAll(List.of("owner", "app", "env")));
        // Windows 11 boots EFI only; 32-bit guests BIOS only
        assertThat(ESTATE).filteredOn(g -> g.vm().guestOs().configured().contains("Windows 11"))
                .allMatch(g -> g.vm().firmware() == Firmware.EFI);
        assertThat(ESTATE).filteredOn(g -> g.kind() == VmKind.GUEST_32BIT).allMatch(g -> g.vm().firmware() == Firmware.BIOS);

        EstateGenerator g = new EstateGenerator(GeneratorSettings.of(1_000, 42));
        Set<String> hostNames = new HashSet<>();
        for (Host h : g.hosts()) {
            assertThat(hostNames.add(h.name())).isTrue();
            assertThat(h.cpuCores()).isGreaterThanOrEqualTo(h.cpuSockets() * 14);
        }
        assertThat(g.datacenters()).hasSize(2);
        assertThat(g.hosts().size()).isBetween(50, 70);
        Set<String> placedHosts = ESTATE.stream().map(v -> v.vm().placement().host()).collect(Collectors.toSet());
        assertThat(hostNames).containsAll(placedHosts);
    }

    @Test
    void everyApplianceProductAppearsOnceTheMixIsFull() {
        Set<String> products = ESTATE.stream().filter(g -> g.kind() == VmKind.APPLIANCE)
                .map(g -> g.vm().annotation().substring(0, g.vm().annotation().indexOf(';'))).collect(Collectors.toSet());
        assertThat(products).hasSize(ApplianceCatalogue.ALL.size())
                .contains("VMware vCenter Server Appliance 8.0.2", "VMware NSX Manager 4.1.2");
        assertThat(ESTATE).filteredOn(g -> g.kind() == VmKind.APPLIANCE)
                .allMatch(g -> g.vm().placement().cluster().contains("-Mgmt-"))
                .allMatch(g -> g.vm().tags().stream().anyMatch(t -> t.name().endsWith("appliance")));
    }

    @Test
    void aLargeEstateIsSizedWithoutMakingItsVms() {
        EstateGenerator big = new EstateGenerator(GeneratorSettings.of(50_000, 1));
        Map<VmKind, Integer> mix = big.mix();
        assertThat(mix.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(50_000);
        assertThat(mix.get(VmKind.TEMPLATE)).isEqualTo(750);
        assertThat(mix.get(VmKind.APPLIANCE)).isEqualTo(100);
        assertThat(mix.get(VmKind.GUEST_32BIT)).isEqualTo(150);
        assertThat(mix.get(VmKind.TOO_MANY_VCPUS)).isEqualTo(25);
        assertThat(big.datacenters()).hasSize(4);
        assertThat(big.hosts().size()).isBetween(2_500, 2_530);
        assertThat(big.vm(49_999).vm().name()).endsWith("50000");
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> GeneratorSettings.of(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeneratorSettings.of(GeneratorSettings.MAX_VMS + 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertUnique(List<String> values) {
        assertThat(new HashSet<>(values)).hasSameSizeAs(values);
    }
}
