package dev.cloudfit.assess.catalog;

import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads {@code avs-nodes.json}: one source and the host types. vSAN capacities are given in SI
 * terabytes, as the host table prints them, and held exactly in bytes. An OSA host must list a cache
 * tier and an ESA host must not.
 */
final class AvsCatalogReader {

    static final String FILE = "avs-nodes.json";
    private static final double BYTES_PER_TB = 1e12;

    private AvsCatalogReader() {
    }

    record Result(List<AvsNodeSpec> nodes, SourceRef source) {
    }

    static Result read(CatalogFiles files) {
        EntryReader root = files.open(FILE);
        SourceRef source = SourceRef.read(root.object("source", "source"));
        List<AvsNodeSpec> nodes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (EntryReader n : root.objects("nodes", "name")) {
            String name = n.text("name");
            if (!names.add(name)) {
                throw n.fail("node type '" + name + "' appears twice");
            }
            VsanArchitecture arch = n.enumValue("vsanArchitecture", VsanArchitecture.class);
            OptionalDouble cacheTb = n.optNonNegativeNumber("vsanCacheRawTB");
            if (arch == VsanArchitecture.OSA && cacheTb.isEmpty()) {
                throw n.fail("an OSA host needs 'vsanCacheRawTB'");
            }
            if (arch == VsanArchitecture.ESA && cacheTb.isPresent()) {
                throw n.fail("an ESA host has no cache tier, yet 'vsanCacheRawTB' is given");
            }
            int physical = n.positiveInt("physicalCores");
            int logical = n.positiveInt("logicalCores");
            if (logical < physical) {
                throw n.fail("'logicalCores' is below 'physicalCores'");
            }
            double capacityTb = n.nonNegativeNumber("vsanCapacityRawTB");
            if (capacityTb == 0) {
                throw n.fail("'vsanCapacityRawTB' must be positive");
            }
            nodes.add(new AvsNodeSpec(name, n.text("sku"), n.text("cpuModel"), n.positiveInt("sockets"), physical, logical,
                    n.nonNegativeNumber("baseClockGHz"), DataSize.ofGibibytes(n.positiveInt("memoryGiB")), arch,
                    cacheTb.isPresent() ? Optional.of(terabytes(cacheTb.getAsDouble())) : Optional.empty(),
                    terabytes(capacityTb), n.optText("note"), source));
        }
        return new Result(List.copyOf(nodes), source);
    }

    private static DataSize terabytes(double tb) {
        return DataSize.ofBytes(Math.round(tb * BYTES_PER_TB));
    }
}
