package dev.cloudfit.assess.catalog;

import dev.cloudfit.core.units.DataRate;

import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code vm-sizes.json}: series blocks that carry the features and source shared by their
 * sizes, each size one object of limits. A size may override its series' accelerated networking
 * (Bv1 offers it on three sizes only), premium storage, Hyper-V generations and architecture, and may name
 * its own source from the file's {@code sources} map (sizes added from the Resource SKUs API to a series
 * transcribed from its page). Refuses duplicate series or size names and sizes the
 * region list names but the size list lacks.
 */
final class VmSizeCatalogReader {

    static final String FILE = "vm-sizes.json";

    private VmSizeCatalogReader() {
    }

    /** The sizes, plus the sources used (series pages and the vCPU-to-core page). */
    record Result(List<VmSizeSpec> sizes, List<SourceRef> sources) {
    }

    static Result read(CatalogFiles files, RegionAvailability regions) {
        EntryReader root = files.open(FILE);
        Optional<SourceRef> coreRatioSource = root.optObject("vcpusPerCoreSource", "vcpusPerCoreSource").map(SourceRef::read);
        Map<String, SourceRef> named = new LinkedHashMap<>();
        root.optObject("sources", "sources").ifPresent(m -> {
            for (String key : m.fieldNames()) {
                named.put(key, SourceRef.read(m.object(key, "sources." + key)));
            }
        });
        List<VmSizeSpec> sizes = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        coreRatioSource.ifPresent(sources::add);
        sources.addAll(named.values());
        Set<VmSeries> seenSeries = new HashSet<>();
        Set<VmSizeName> seenSizes = new HashSet<>();
        for (EntryReader s : root.objects("series", "series")) {
            VmSeries series = VmSeries.of(s.text("series"));
            if (!seenSeries.add(series)) {
                throw s.fail("series '" + series + "' appears twice");
            }
            SourceRef source = SourceRef.read(s.object("source", "series " + series + " source"));
            sources.add(source);
            String family = s.text("family");
            WorkloadCategory category = s.enumValue("category", WorkloadCategory.class);
            OptionalInt perCore = s.optNonNegativeInt("vcpusPerCore");
            if (perCore.isPresent() && perCore.getAsInt() == 0) {
                throw s.fail("'vcpusPerCore' must be positive");
            }
            if (perCore.isPresent() && coreRatioSource.isEmpty()) {
                throw s.fail("'vcpusPerCore' is given but the file has no 'vcpusPerCoreSource'");
            }
            boolean premium = s.bool("premiumStorage");
            AcceleratedNetworking accel = s.enumValue("acceleratedNetworking", AcceleratedNetworking.class);
            Set<HyperVGeneration> generations = s.enumSet("hyperVGenerations", HyperVGeneration.class);
            CpuArchitecture arch = s.enumValue("architecture", CpuArchitecture.class);
            Optional<String> note = s.optText("note");
            List<EntryReader> entries = s.objects("sizes", "name");
            if (entries.isEmpty()) {
                throw s.fail("series has no sizes");
            }
            for (EntryReader e : entries) {
                VmSizeName name = VmSizeName.of(e.text("name"));
                if (!seenSizes.add(name)) {
                    throw e.fail("size '" + name + "' appears twice");
                }
                SourceRef sizeSource = source;
                Optional<String> sourceKey = e.optText("source");
                if (sourceKey.isPresent()) {
                    sizeSource = named.get(sourceKey.get());
                    if (sizeSource == null) {
                        throw e.fail("'source' names '" + sourceKey.get() + "', which the file's 'sources' does not hold");
                    }
                }
                sizes.add(new VmSizeSpec(name, series, family, category, e.positiveInt("vcpus"), perCore,
                        DataSize.ofGibibytes(positive(e, "memoryGiB")),
                        gib(e.optNonNegativeNumber("tempDiskGiB")),
                        e.optNonNegativeInt("maxDataDisks"),
                        e.optNonNegativeInt("uncachedIops"), megabytes(e.optNonNegativeNumber("uncachedMBps")),
                        e.optNonNegativeInt("burstIops"), megabytes(e.optNonNegativeNumber("burstMBps")),
                        e.optNonNegativeInt("maxNics"), megabits(e.optNonNegativeNumber("networkMbps")),
                        percent(e), e.has("premiumStorage") ? e.bool("premiumStorage") : premium,
                        e.optText("acceleratedNetworking").isPresent()
                                ? e.enumValue("acceleratedNetworking", AcceleratedNetworking.class) : accel,
                        e.has("hyperVGenerations") ? e.enumSet("hyperVGenerations", HyperVGeneration.class) : generations,
                        e.optText("architecture").isPresent() ? e.enumValue("architecture", CpuArchitecture.class) : arch,
                        regions.regionsOf(name), sizeSource, note));
            }
        }
        for (VmSizeName listed : regions.bySize().keySet()) {
            if (!seenSizes.contains(listed)) {
                throw new CatalogException(RegionAvailability.FILE, listed.value(),
                        "lists regions for a size that " + FILE + " does not hold", files.userSupplied(), null);
            }
        }
        return new Result(List.copyOf(sizes), List.copyOf(sources));
    }

    private static OptionalDouble percent(EntryReader e) {
        OptionalDouble p = e.optNonNegativeNumber("baseCpuPercent");
        if (p.isPresent() && p.getAsDouble() > 100) {
            throw e.fail("'baseCpuPercent' must be at most 100, was " + p.getAsDouble());
        }
        return p;
    }

    private static double positive(EntryReader e, String field) {
        double v = e.nonNegativeNumber(field);
        if (v == 0) {
            throw e.fail("'" + field + "' must be positive");
        }
        return v;
    }

    private static Optional<DataSize> gib(OptionalDouble v) {
        return v.isPresent() ? Optional.of(DataSize.ofGibibytes(v.getAsDouble())) : Optional.empty();
    }

    private static Optional<DataRate> megabytes(OptionalDouble v) {
        return v.isPresent() ? Optional.of(DataRate.ofMegabytesPerSecond(v.getAsDouble())) : Optional.empty();
    }

    private static Optional<DataRate> megabits(OptionalDouble v) {
        return v.isPresent() ? Optional.of(DataRate.ofMegabitsPerSecond(v.getAsDouble())) : Optional.empty();
    }
}
