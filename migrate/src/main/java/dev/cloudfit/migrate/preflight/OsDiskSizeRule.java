package dev.cloudfit.migrate.preflight;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.plan.DiskOrder;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Azure's disk limits: an OS disk of at most 2 TiB for a BIOS VM (generation 1) and 4 TiB for UEFI
 * (generation 2); any managed disk at most 32,767 GiB (Microsoft Learn, "Azure managed disk types"
 * and "Azure support for generation 2 VMs", read 2026-12-07). BIOS vs UEFI also decides the
 * generation the disk is created with, which is worth saying.
 */
final class OsDiskSizeRule implements SourceRule {

    static final DataSize GEN1_OS_MAX = DataSize.ofTebibytes(2);
    static final DataSize GEN2_OS_MAX = DataSize.ofTebibytes(4);
    static final DataSize DISK_MAX = DataSize.ofGibibytes(32_767);

    @Override
    public List<Finding> check(PlannedVm planned, VmFacts facts) {
        List<Finding> out = new ArrayList<>();
        boolean uefi = "efi".equalsIgnoreCase(facts.firmware());
        Optional<DiskFacts> chosen = DiskOrder.of(facts).os();
        if (chosen.isPresent()) {
            DiskFacts os = chosen.get();
            DataSize max = uefi ? GEN2_OS_MAX : GEN1_OS_MAX;
            if (os.capacity().compareTo(max) > 0) {
                out.add(new Finding("azure.disk.os-too-large", Severity.BLOCKER, planned.name(),
                        "the OS disk holds " + gib(os.capacity()) + " GiB; a " + (uefi ? "UEFI (generation 2)" : "BIOS"
                                + " (generation 1)") + " VM boots from at most " + gib(max) + " GiB",
                        uefi ? "shrink the OS disk's partition and disk below 4 TiB"
                                : "shrink the OS disk below 2 TiB, or convert the guest to UEFI first"));
            }
        }
        for (DiskFacts d : facts.disks()) {
            if (d.capacity().compareTo(DISK_MAX) > 0) {
                out.add(new Finding("azure.disk.too-large", Severity.BLOCKER, planned.name(), d.label() + " holds "
                        + gib(d.capacity()) + " GiB; a managed disk holds at most 32,767 GiB",
                        "split the data across smaller disks before migrating"));
            }
        }
        out.add(new Finding("azure.vm.generation", Severity.INFO, planned.name(), "firmware " + facts.firmware()
                + ": the disks are created for a generation " + (uefi ? "2" : "1") + " VM",
                uefi ? "the approved size must support generation 2 (checked against Azure)" : "none"));
        return out;
    }

    private static long gib(DataSize s) {
        return (long) Math.ceil(s.toGibibytes());
    }
}
