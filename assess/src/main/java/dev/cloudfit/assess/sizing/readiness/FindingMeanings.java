package dev.cloudfit.assess.sizing.readiness;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each finding id means, in one sentence a reader of the workbook understands without the docs: the
 * id stays the stable key (for filters and tooling), the sentence is what it says. One place for every id
 * the rules, the sizers and the pricing raise.
 */
public final class FindingMeanings {

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("azure.boot.uefi-legacy-windows", "the VM boots with UEFI, which this Windows version cannot do on Azure"),
            Map.entry("azure.boot.unknown", "the inventory does not say whether the VM boots with BIOS or UEFI"),
            Map.entry("azure.compute.cores-unknown", "the inventory does not give the VM's vCPU count"),
            Map.entry("azure.compute.memory-unknown", "the inventory does not give the VM's memory"),
            Map.entry("azure.compute.no-size-for-combination",
                    "each need is met by some size, but no allowed size meets them all at once"),
            Map.entry("azure.compute.no-size-in-region", "no allowed VM size is offered in the target region"),
            Map.entry("azure.compute.no-size-in-series", "the series allow-list leaves no VM size to choose from"),
            Map.entry("azure.disk.no-iops", "no allowed disk tier reaches the disk's IOPS"),
            Map.entry("azure.disk.no-size", "no allowed disk tier is large enough for the disk"),
            Map.entry("azure.disk.no-throughput", "no allowed disk tier reaches the disk's throughput"),
            Map.entry("azure.disk.os-too-large", "the OS disk is larger than Azure allows for an OS disk"),
            Map.entry("azure.disk.too-large", "a data disk is larger than the largest managed disk"),
            Map.entry("azure.disk.too-many", "the VM has more disks than any allowed size can attach"),
            Map.entry("azure.disk.unsuitable", "no allowed disk type suits this disk"),
            Map.entry("azure.nic.too-many", "the VM has more network adapters than any allowed size supports"),
            Map.entry("azure.os.32-bit", "a 32-bit operating system: Azure runs 64-bit guests"),
            Map.entry("azure.os.linux-not-endorsed", "a Linux distribution Azure does not endorse"),
            Map.entry("azure.os.linux-version-not-endorsed", "a Linux version Azure does not endorse"),
            Map.entry("azure.os.linux-version-unknown", "the Linux version is not known, so support cannot be checked"),
            Map.entry("azure.os.not-windows-or-linux", "neither Windows nor Linux: not supported on Azure VMs"),
            Map.entry("azure.os.unknown", "the operating system is not known"),
            Map.entry("azure.os.windows-client", "a Windows client OS, which needs a licensing route on Azure"),
            Map.entry("azure.os.windows-server-2003", "Windows Server 2003, which Azure does not support"),
            Map.entry("azure.os.windows-server-end-of-support", "a Windows Server version past its end of support"),
            Map.entry("azure.os.windows-server-version-unknown", "the Windows Server version is not known"),
            Map.entry("azure.os.windows-unsupported", "a Windows version Azure does not support"),
            Map.entry("region.availability-unknown", "the catalog does not know whether the size is offered in the region"),
            Map.entry("vmware.disk.independent", "an independent disk, which snapshot-based replication skips"),
            Map.entry("vmware.disk.rdm", "a raw device mapping (RDM), which cannot be replicated as a VMware disk"),
            Map.entry("vmware.disk.shared", "a disk shared between VMs (multi-writer), which Azure Migrate cannot replicate"),
            Map.entry("perf.rollup-interval", "utilisation comes from averages over more than 10 minutes: short peaks are understated"),
            Map.entry("perf.cpu-missing", "no CPU history: the CPU is sized as configured"),
            Map.entry("perf.memory-missing", "no memory history: the memory is sized as configured"),
            Map.entry("disk.perf-missing", "no disk history: the disk is sized by capacity"),
            Map.entry("price.vm-missing", "the price source has no price for the chosen VM size"),
            Map.entry("price.vm-candidates-unpriced", "some candidate sizes have no price, so a cheaper one may exist"),
            Map.entry("price.disk-missing", "the price source has no price for the chosen disk tier"),
            Map.entry("price.disk-candidates-unpriced", "some candidate disk tiers have no price"),
            Map.entry("avs.cluster.split", "the VMs need more hosts than one AVS cluster holds"),
            Map.entry("avs.ftt.sla-needs-ftt2", "the AVS SLA asks for FTT 2 from this many hosts"),
            Map.entry("avs.hosts.policy-minimum", "the host count is the storage policy's minimum, not the demand"),
            Map.entry("avs.node.first-cluster", "the node type can form the first cluster of a private cloud"),
            Map.entry("avs.node.no-first-cluster", "the node type cannot form the first cluster of a private cloud"),
            Map.entry("avs.vm.larger-than-host", "a VM is larger than one AVS host"));

    private static final String NO_SIZE_FOR = "azure.compute.no-size-for-";

    private FindingMeanings() {
    }

    /** The sentence for an id, e.g. {@code no allowed disk tier reaches the disk's IOPS}; empty for an unknown id. */
    public static Optional<String> of(String id) {
        String known = MEANINGS.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        if (id.startsWith(NO_SIZE_FOR)) {
            return Optional.of("no allowed VM size meets the VM's " + id.substring(NO_SIZE_FOR.length())
                    .replace('-', ' ').toLowerCase(Locale.ROOT) + " need");
        }
        return Optional.empty();
    }

    /** The id with its sentence, {@code azure.disk.no-iops — no allowed disk tier reaches the disk's IOPS}. */
    public static String describe(String id) {
        return of(id).map(m -> id + " — " + m).orElse(id);
    }
}
