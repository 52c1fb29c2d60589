package dev.cloudfit.assess.catalog;

import dev.cloudfit.core.units.DataSize;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Azure catalog: VM sizes, managed-disk tiers and AVS node types, with the sources and dates they
 * were taken from. Immutable; {@link #bundled()} loads the copy in the jar once per process, and
 * {@link #load(Path)} reads an updated copy from a directory. Every file is validated on load; the
 * first problem fails the load with a {@link CatalogException} naming the file and the entry.
 */
public final class AzureCatalog {

    static final String MANIFEST = "catalog.json";
    private static final String BUNDLED_BASE = "/catalog/";

    private static volatile AzureCatalog bundled;

    private final CatalogVersion version;
    private final Map<VmSizeName, VmSizeSpec> sizes;
    private final List<DiskTierSpec> tiers;
    private final Map<DiskType, ProvisionedDiskSpec> provisioned;
    private final Map<String, AvsNodeSpec> avsNodes;

    private AzureCatalog(CatalogVersion version, List<VmSizeSpec> sizes, List<DiskTierSpec> tiers,
                         Map<DiskType, ProvisionedDiskSpec> provisioned, List<AvsNodeSpec> avsNodes) {
        this.version = version;
        this.sizes = sizes.stream().collect(Collectors.toMap(VmSizeSpec::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.tiers = tiers.stream()
                .sorted(Comparator.comparing(DiskTierSpec::type).thenComparing(DiskTierSpec::size))
                .toList();
        this.provisioned = Map.copyOf(provisioned);
        this.avsNodes = avsNodes.stream().collect(Collectors.toMap(AvsNodeSpec::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The catalog bundled with cloudfit, read and validated on first use and shared afterwards. */
    public static AzureCatalog bundled() {
        AzureCatalog c = bundled;
        if (c == null) {
            synchronized (AzureCatalog.class) {
                c = bundled;
                if (c == null) {
                    c = load(CatalogFiles.classpath(BUNDLED_BASE));
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** A catalog read from a directory holding the same files as the bundled one. */
    public static AzureCatalog load(Path directory) {
        return load(CatalogFiles.directory(directory));
    }

    static AzureCatalog load(CatalogFiles files) {
        EntryReader manifest = files.open(MANIFEST);
        LocalDate datasetDate = manifest.date("datasetDate");
        String description = manifest.text("description");
        RegionAvailability regions = RegionAvailability.read(files);
        VmSizeCatalogReader.Result vm = VmSizeCatalogReader.read(files, regions);
        DiskCatalogReader.Result disks = DiskCatalogReader.read(files);
        AvsCatalogReader.Result avs = AvsCatalogReader.read(files);
        Set<SourceRef> sources = new LinkedHashSet<>(vm.sources());
        sources.add(regions.source());
        sources.addAll(disks.sources());
        sources.add(avs.source());
        CatalogVersion version = new CatalogVersion(datasetDate, regions.dataDate(), description, new ArrayList<>(sources));
        return new AzureCatalog(version, vm.sizes(), disks.tiers(), disks.provisioned(), avs.nodes());
    }

    public CatalogVersion version() {
        return version;
    }

    /** All VM sizes, in file order (series by series, smallest first). */
    public List<VmSizeSpec> vmSizes() {
        return List.copyOf(sizes.values());
    }

    public Optional<VmSizeSpec> vmSize(VmSizeName name) {
        return Optional.ofNullable(sizes.get(name));
    }

    public Set<VmSeries> series() {
        return sizes.values().stream().map(VmSizeSpec::series).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<VmSizeSpec> vmSizesInSeries(VmSeries series) {
        return sizes.values().stream().filter(s -> s.series().equals(series)).toList();
    }

    /** Every region the catalog knows a VM size to be offered in: the Azure regions it can name. */
    public Set<Region> knownRegions() {
        return sizes.values().stream().flatMap(s -> s.regions().stream()).flatMap(Set::stream)
                .collect(Collectors.toCollection(() -> new java.util.TreeSet<>(Comparator.comparing(Region::name))));
    }

    /** Sizes known to be offered in the region; sizes whose availability is unknown are left out. */
    public List<VmSizeSpec> vmSizesKnownIn(Region region) {
        return sizes.values().stream().filter(s -> s.isKnownAvailableIn(region)).toList();
    }

    /** All fixed disk tiers, by type and then size. */
    public List<DiskTierSpec> diskTiers() {
        return tiers;
    }

    public List<DiskTierSpec> diskTiers(DiskType type) {
        return tiers.stream().filter(t -> t.type() == type).toList();
    }

    public Optional<DiskTierSpec> diskTier(String name) {
        return tiers.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The tier a disk of this size is billed as: the smallest of the type that holds it. */
    public Optional<DiskTierSpec> smallestTierHolding(DiskType type, DataSize provisionedSize) {
        return diskTiers(type).stream().filter(t -> t.holds(provisionedSize)).findFirst();
    }

    public Optional<ProvisionedDiskSpec> provisionedDisk(DiskType type) {
        return Optional.ofNullable(provisioned.get(type));
    }

    public List<AvsNodeSpec> avsNodes() {
        return List.copyOf(avsNodes.values());
    }

    public Optional<AvsNodeSpec> avsNode(String name) {
        return avsNodes.values().stream().filter(n -> n.name().equalsIgnoreCase(name)).findFirst();
    }
}
