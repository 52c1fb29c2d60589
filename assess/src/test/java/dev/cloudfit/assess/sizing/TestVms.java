package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.assess.sizing.perf.CounterKind;
import dev.cloudfit.assess.sizing.perf.CounterSummary;
import dev.cloudfit.assess.sizing.perf.DiskPerf;
import dev.cloudfit.assess.sizing.perf.NicPerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.core.units.DataSize;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builders for the VMs and summaries sizing tests use. */
final class TestVms {

    static final Duration MONTH = Duration.ofDays(30);
    static final Duration TWO_HOURS = Duration.ofHours(2);
    static final long MONTH_AT_2H = 360;

    private TestVms() {
    }

    static Vm.Builder vm(String name, int vcpus, double memoryGib) {
        return Vm.builder(new VmIdentity(name, "vc1", "vm-" + name, null, null))
                .vcpus(vcpus)
                .memory(DataSize.ofGibibytes(memoryGib))
                .firmware(Firmware.BIOS)
                .guestOs(new GuestOs("Microsoft Windows Server 2019 (64-bit)", null))
                .disk(disk("Hard disk 1", 128))
                .nic(nic("Network adapter 1"));
    }

    static Disk disk(String label, double gib) {
        return new Disk(label, DataSize.ofGibibytes(gib), DiskProvisioning.THIN, "ds1", "SCSI 0", false, false, false);
    }

    static Nic nic(String label) {
        return new Nic(label, "VM Network", "VMXNET3", null, true, List.of(), List.of());
    }

    static CounterSummary counter(CounterKind kind, double value) {
        return new CounterSummary(kind, value, Percentile.P95, MONTH, TWO_HOURS, MONTH_AT_2H, MONTH_AT_2H);
    }

    static PerfSummary cpuMem(Vm vm, double cpu, double mem) {
        return new PerfSummary(vm.identity().key(), Optional.of(counter(CounterKind.CPU_PERCENT, cpu)),
                Optional.of(counter(CounterKind.MEMORY_PERCENT, mem)), List.of(), List.of());
    }

    static DiskPerf diskPerf(String label, double readIops, double writeIops, double readMbps, double writeMbps) {
        return new DiskPerf(label, Optional.of(counter(CounterKind.DISK_READ_IOPS, readIops)),
                Optional.of(counter(CounterKind.DISK_WRITE_IOPS, writeIops)),
                Optional.of(counter(CounterKind.DISK_READ_MBPS, readMbps)),
                Optional.of(counter(CounterKind.DISK_WRITE_MBPS, writeMbps)));
    }

    static NicPerf nicPerf(String label, double in, double out) {
        return new NicPerf(label, Optional.of(counter(CounterKind.NIC_IN_MBPS, in)), Optional.of(counter(CounterKind.NIC_OUT_MBPS, out)));
    }

    static PerfSummary perf(Vm vm, double cpu, double mem, List<DiskPerf> disks, List<NicPerf> nics) {
        return new PerfSummary(vm.identity().key(), Optional.of(counter(CounterKind.CPU_PERCENT, cpu)),
                Optional.of(counter(CounterKind.MEMORY_PERCENT, mem)), disks, nics);
    }
}
