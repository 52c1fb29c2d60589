package dev.cloudfit.assess.onprem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Frequency;
import dev.cloudfit.core.units.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnPremCostModelTest {

    static Host host(String name, int sockets, int cores) {
        return new Host(name, "dc", "cl", "Xeon", sockets, cores, Frequency.ofMegahertz(2600),
                DataSize.ofGibibytes(512), "8.0.2");
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void oneHostWithTheDefaultAssumptions() {
        // 2 sockets × 12 cores = 24 cores, licensed as 2 × 16 = 32
        OnPremEstimate e = OnPremCostModel.estimate(OnPremCostInputs.defaults(), List.of(host("esx1", 2, 24)), 10,
                DataSize.ofGibibytes(1536));
        assertThat(e.cores()).isEqualTo(24);
        assertThat(e.storageTib()).isEqualByComparingTo("1.5");
        assertThat(e.licensedCores()).isEqualTo(32);
        // 20,000 / 60 = 333.33; 32 × 350 / 12 = 933.33; 20,000 × 10 % / 12 = 166.67;
        // 500 W / 1000 × 1.5 × 0.15 × 730 h = 82.125 → 82.13 (each line rounded to the cent, as the sheet's
        // ROUND(B*D, 2)); 2 RU × 30 = 60; 2 h × 75 = 150; 1,536 GiB = 1.5 TiB × 25 = 37.50
        assertThat(e.monthlyByComponent().get(OnPremCostComponent.HARDWARE).rounded()).isEqualTo(usd("333.33"));
        assertThat(e.monthlyByComponent().get(OnPremCostComponent.VMWARE_LICENCES).rounded()).isEqualTo(usd("933.33"));
        assertThat(e.monthlyByComponent().get(OnPremCostComponent.SUPPORT).rounded()).isEqualTo(usd("166.67"));
        assertThat(e.monthlyByComponent().get(OnPremCostComponent.POWER_AND_COOLING).amount())
                .isEqualByComparingTo("82.13");
        assertThat(e.monthlyByComponent().get(OnPremCostComponent.DATACENTER_SPACE).amount())
                .isEqualByComparingTo("60");
        assertThat(e.monthlyByComponent().get(OnPremCostComponent.ADMINISTRATION).amount())
                .isEqualByComparingTo("150");
        assertThat(e.monthlyByComponent().get(OnPremCostComponent.STORAGE).amount()).isEqualByComparingTo("37.5");
        // 333.33 + 933.33 + 166.67 + 82.13 + 60 + 150 + 37.50 = 1,762.96 a month; × 36 = 63,466.56; × 12 = 21,155.52
        assertThat(e.monthlyTotal()).isEqualTo(usd("1762.96"));
        assertThat(e.termMonths()).isEqualTo(36);
        assertThat(e.termTotal()).isEqualTo(usd("63466.56"));
        assertThat(e.annualTotal()).isEqualTo(usd("21155.52"));
        assertThat(e.notes()).isEmpty();
    }

    @Test
    void hostsAddUpAndLargeSocketsAreLicensedByTheirCores() {
        // esx1: 24 cores → 32 licensed; esx2: 2 × 32 = 64 cores → 64 licensed; 96 × 350 / 12 = 2,800
        OnPremEstimate e = OnPremCostModel.estimate(OnPremCostInputs.defaults(),
                List.of(host("esx1", 2, 24), host("esx2", 2, 64)), 40, DataSize.ZERO);
        assertThat(e.hosts()).isEqualTo(2);
        assertThat(e.licensedCores()).isEqualTo(96);
        assertThat(e.monthlyByComponent().get(OnPremCostComponent.VMWARE_LICENCES).amount())
                .isEqualByComparingTo("2800");
        // lines for 2 hosts, each rounded to the cent: 666.67 + 333.33 + 164.25 + 120 + 300 + 2,800 = 4,384.25
        assertThat(e.monthlyTotal().rounded()).isEqualTo(usd("4384.25"));
        assertThat(e.termTotal().rounded()).isEqualTo(usd("157833.00"));
    }

    @Test
    void aHostWithoutACoreCountIsNotedAndItsLicencesLeftOut() {
        OnPremEstimate e = OnPremCostModel.estimate(OnPremCostInputs.defaults(),
                List.of(host("esx1", 2, 24), host("esx2", 0, 0)), 5, DataSize.ZERO);
        assertThat(e.licensedCores()).isEqualTo(32);
        assertThat(e.notes()).singleElement().asString().startsWith("1 of 2 hosts have no core count");
    }

    @Test
    void thePerVmModeIsVmsTimesTheRate() throws Exception {
        OnPremCostInputs in = OnPremCostsFile.parse(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"mode\":\"per-vm\",\"perVmMonthly\":\"85.50\"}"));
        OnPremEstimate e = OnPremCostModel.estimate(in, List.of(host("esx1", 2, 24)), 40, DataSize.ofTebibytes(3));
        // 40 × 85.50 = 3,420; × 36 = 123,120
        assertThat(e.monthlyTotal().rounded()).isEqualTo(usd("3420.00"));
        assertThat(e.termTotal().rounded()).isEqualTo(usd("123120.00"));
        assertThat(e.monthlyByComponent()).containsOnlyKeys(OnPremCostComponent.PER_VM_RATE);
    }

    @Test
    void storageIsEveryVmsProvisionedDiskCapacityInTibRoundedToAHundredth() {
        Vm twoDisks = vm("app1").disk(disk("Hard disk 1", 100)).disk(disk("Hard disk 2", 417)).build();
        Vm noDiskRows = vm("db1").provisioned(DataSize.ofGibibytes(512)).build();
        Vm template = vm("tpl").template(true).disk(disk("Hard disk 1", 1)).build();
        // 100 + 417 + 512 + 1 = 1,030 GiB = 1.005859375 TiB → 1.01 TiB
        DataSize storage = OnPremCostModel.provisionedStorage(List.of(twoDisks, noDiskRows, template));
        assertThat(storage).isEqualTo(DataSize.ofGibibytes(1030));
        assertThat(OnPremCostModel.tebibytes(storage)).isEqualByComparingTo("1.01");

        List<OnPremLine> lines = OnPremCostModel.lines(OnPremCostInputs.defaults(), List.of(host("esx1", 2, 24)), 3,
                storage);
        OnPremLine line = lines.get(lines.size() - 1);
        assertThat(line.component()).isEqualTo(OnPremCostComponent.STORAGE);
        assertThat(line.unit()).isEqualTo("TiB");
        assertThat(line.quantity()).isEqualByComparingTo("1.01");
        // 1.01 × 25 = 25.25 a month
        assertThat(line.monthly().amount()).isEqualByComparingTo("25.25");
        // the lines add up to the estimate: 1,725.458333… + 25.25 = 1,750.708333…
        Money sum = lines.stream().map(OnPremLine::monthly).reduce(Money::plus).orElseThrow();
        OnPremEstimate e = OnPremCostModel.estimate(OnPremCostInputs.defaults(), List.of(host("esx1", 2, 24)), 3,
                storage);
        assertThat(sum.rounded()).isEqualTo(usd("1750.71")).isEqualTo(e.monthlyTotal().rounded());
    }

    private static Vm.Builder vm(String name) {
        return Vm.builder(new VmIdentity(name, "vc1", "vm-" + name, null, null)).vcpus(2)
                .memory(DataSize.ofGibibytes(4)).firmware(Firmware.BIOS)
                .guestOs(new GuestOs("Ubuntu Linux (64-bit)", null));
    }

    private static Disk disk(String label, double gib) {
        return new Disk(label, DataSize.ofGibibytes(gib), DiskProvisioning.THIN, "ds1", "SCSI 0", false, false, false);
    }
}
