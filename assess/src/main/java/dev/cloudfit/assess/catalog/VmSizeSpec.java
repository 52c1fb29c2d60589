package dev.cloudfit.assess.catalog;

import dev.cloudfit.core.units.DataRate;

import dev.cloudfit.core.units.DataSize;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One Azure VM size with the limits sizing needs, as its series page on Microsoft Learn states them.
 * An empty optional means the source gives no figure: callers must treat it as unknown, never as zero.
 *
 * @param family              the size-family letter(s) of the series, e.g. {@code D}, {@code E}, {@code M}
 * @param vcpusPerCore        vCPUs per physical core (2 with SMT/hyper-threading, 1 without), from the
 *                            ACU page's "vCPU: Core" column where the series is listed there
 * @param tempDisk            total local temporary storage; zero for series "with no local storage"
 * @param uncachedDiskIops    the VM-level cap on remote (uncached) disk IOPS
 * @param uncachedDiskThroughput the VM-level cap on remote (uncached) disk throughput
 * @param burstDiskIops       uncached burst IOPS where the page lists bursting (up to 30 minutes)
 * @param burstDiskThroughput uncached burst throughput, as above
 * @param networkBandwidth    expected (maximum aggregate) network bandwidth across all NICs
 * @param baseCpuPercent      for burstable (B) sizes, the baseline CPU performance of the whole VM in
 *                            percent (the 2024 "0-100%" scale of the CPU burst table); empty elsewhere
 * @param premiumStorage      whether Premium SSD (and v2/Ultra) disks can be attached
 * @param regions             where the size is offered, from the Azure Batch size list when the size
 *                            is in it (see {@link CatalogVersion}); empty when not known
 */
public record VmSizeSpec(
        VmSizeName name,
        VmSeries series,
        String family,
        WorkloadCategory category,
        int vcpus,
        OptionalInt vcpusPerCore,
        DataSize memory,
        Optional<DataSize> tempDisk,
        OptionalInt maxDataDisks,
        OptionalInt uncachedDiskIops,
        Optional<DataRate> uncachedDiskThroughput,
        OptionalInt burstDiskIops,
        Optional<DataRate> burstDiskThroughput,
        OptionalInt maxNics,
        Optional<DataRate> networkBandwidth,
        OptionalDouble baseCpuPercent,
        boolean premiumStorage,
        AcceleratedNetworking acceleratedNetworking,
        Set<HyperVGeneration> hyperVGenerations,
        CpuArchitecture architecture,
        Optional<Set<Region>> regions,
        SourceRef source,
        Optional<String> note) {

    public VmSizeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(acceleratedNetworking, "acceleratedNetworking");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(source, "source");
        if (vcpus <= 0) {
            throw new IllegalArgumentException(name + ": vCPUs must be positive, was " + vcpus);
        }
        hyperVGenerations = Set.copyOf(hyperVGenerations);
        regions = regions.map(Set::copyOf);
    }

    /**
     * True when every limit sizing checks is known: temp disk, data disks, uncached IOPS and
     * throughput, NICs and network bandwidth. Burst figures are optional by nature and not counted.
     */
    public boolean hasFullLimits() {
        return tempDisk.isPresent() && maxDataDisks.isPresent() && uncachedDiskIops.isPresent()
                && uncachedDiskThroughput.isPresent() && maxNics.isPresent() && networkBandwidth.isPresent();
    }

    /** Physical cores behind the vCPUs, when the vCPU-to-core ratio is known. */
    public OptionalInt physicalCores() {
        return vcpusPerCore.isPresent() ? OptionalInt.of(vcpus / vcpusPerCore.getAsInt()) : OptionalInt.empty();
    }

    public boolean supports(HyperVGeneration generation) {
        return hyperVGenerations.contains(generation);
    }

    /** True only when the size is known to be offered in the region; unknown availability gives false. */
    public boolean isKnownAvailableIn(Region region) {
        return regions.map(r -> r.contains(region)).orElse(false);
    }
}
