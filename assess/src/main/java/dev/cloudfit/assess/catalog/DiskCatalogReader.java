package dev.cloudfit.assess.catalog;

import dev.cloudfit.assess.pricing.DiskRedundancy;

import dev.cloudfit.core.units.DataRate;

import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads {@code disk-tiers.json}: named sources, the fixed tiers (each points at a source by key) and
 * the provisioned types. Refuses duplicate tier names, a tier whose name does not start with its
 * type's letter, a burst without a burst model, and an unknown source key.
 */
final class DiskCatalogReader {

    static final String FILE = "disk-tiers.json";

    private DiskCatalogReader() {
    }

    record Result(List<DiskTierSpec> tiers, Map<DiskType, ProvisionedDiskSpec> provisioned, List<SourceRef> sources) {
    }

    static Result read(CatalogFiles files) {
        EntryReader root = files.open(FILE);
        EntryReader sourceBlock = root.object("sources", "sources");
        Map<String, SourceRef> sources = new HashMap<>();
        for (String key : sourceBlock.fieldNames()) {
            sources.put(key, SourceRef.read(sourceBlock.object(key, "source " + key)));
        }
        List<DiskTierSpec> tiers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (EntryReader t : root.objects("tiers", "name")) {
            String name = t.text("name");
            if (!names.add(name)) {
                throw t.fail("tier '" + name + "' appears twice");
            }
            DiskType type = t.enumValue("type", DiskType.class);
            if (!type.isTiered() || !name.startsWith(type.tierPrefix())) {
                throw t.fail("tier name '" + name + "' does not fit type " + type);
            }
            OptionalInt burstIops = t.optNonNegativeInt("burstIops");
            OptionalDouble burstMBps = t.optNonNegativeNumber("burstMBps");
            Optional<BurstModel> model = t.optText("burstModel").isPresent()
                    ? Optional.of(t.enumValue("burstModel", BurstModel.class)) : Optional.empty();
            if ((burstIops.isPresent() || burstMBps.isPresent()) && model.isEmpty()) {
                throw t.fail("a burst is given without 'burstModel'");
            }
            tiers.add(new DiskTierSpec(name, type, DataSize.ofGibibytes(t.positiveInt("sizeGiB")),
                    t.positiveInt("iops"), DataRate.ofMegabytesPerSecond(positive(t, "mbps")),
                    burstIops, burstMBps.isPresent() ? Optional.of(DataRate.ofMegabytesPerSecond(burstMBps.getAsDouble())) : Optional.empty(),
                    model, t.enumSet("redundancy", DiskRedundancy.class), t.bool("osDisk"), source(t, sources)));
        }
        Map<DiskType, ProvisionedDiskSpec> provisioned = new EnumMap<>(DiskType.class);
        for (EntryReader p : root.objects("provisioned", "type")) {
            DiskType type = p.enumValue("type", DiskType.class);
            if (type.isTiered()) {
                throw p.fail(type + " is sold in fixed tiers; list it under 'tiers'");
            }
            ProvisionedDiskSpec spec = new ProvisionedDiskSpec(type,
                    DataSize.ofGibibytes(p.positiveInt("minSizeGiB")), DataSize.ofGibibytes(p.positiveInt("maxSizeGiB")),
                    DataSize.ofGibibytes(p.positiveInt("sizeIncrementGiB")), p.positiveInt("maxIopsPerGiB"),
                    p.nonNegativeInt("baselineIops"), p.positiveInt("minIops"), p.positiveInt("maxIops"),
                    DataRate.ofMegabytesPerSecond(p.nonNegativeNumber("baselineMBps")),
                    DataRate.ofMegabytesPerSecond(positive(p, "minMBps")), positive(p, "mbpsPerIops"),
                    DataRate.ofMegabytesPerSecond(positive(p, "maxMBps")),
                    p.enumSet("redundancy", DiskRedundancy.class), p.bool("osDisk"), source(p, sources));
            if (spec.minSize().compareTo(spec.maxSize()) > 0 || spec.minIops() > spec.maxIops()) {
                throw p.fail("a minimum is above its maximum");
            }
            if (provisioned.put(type, spec) != null) {
                throw p.fail(type + " appears twice");
            }
        }
        return new Result(List.copyOf(tiers), Map.copyOf(provisioned), List.copyOf(sources.values()));
    }

    private static SourceRef source(EntryReader e, Map<String, SourceRef> sources) {
        String key = e.text("source");
        SourceRef ref = sources.get(key);
        if (ref == null) {
            throw e.fail("source '" + key + "' is not defined under 'sources'");
        }
        return ref;
    }

    private static double positive(EntryReader e, String field) {
        double v = e.nonNegativeNumber(field);
        if (v == 0) {
            throw e.fail("'" + field + "' must be positive");
        }
        return v;
    }
}
