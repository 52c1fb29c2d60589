package dev.cloudfit.assess.catalog.refresh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.DataRate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.net.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code catalog refresh}: reads the Resource SKUs of the requested regions and writes a dated catalog
 * into the workspace ({@code catalog/<UTC time>/}, the bundled catalog's five files) that assessments of
 * the workspace then prefer ({@link #latest}). What the API gives replaces the bundled figures; the rest
 * (series facts, temp disks, bursts, network bandwidth, AVS hosts) stays as bundled, and each replaced
 * block names the API as its source:
 * <ul>
 * <li>VM sizes the bundled catalog holds: vCPUs, memory (the API's {@code MemoryGB} is GiB), max data
 *     disks, max NICs, uncached IOPS and MB/s ({@code UncachedDiskBytesPerSecond} ÷ 10^6); per series, when
 *     every listed size agrees, vCPUs per core, premium storage and Hyper-V generations. Sizes the API
 *     lists that the bundled catalog lacks are counted, not added (their series facts are unknown).</li>
 * <li>Regions: for each requested region, a size is available when the API lists it there without a
 *     {@code Location} restriction; zone restrictions are counted. Other regions keep the bundled list.</li>
 * <li>Disk tiers: base IOPS and MB/s of P/E/S tiers from the LRS disk SKUs of the first region.</li>
 * </ul>
 * The folder is written under a temporary name and renamed, so a failed refresh leaves no half catalog.
 */
public final class CatalogRefresh {

    public static final String FOLDER = "catalog";
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String[] FILES = {"catalog.json", "vm-sizes.json", "vm-regions.json", "disk-tiers.json", "avs-nodes.json"};

    /** What a refresh did. */
    public record Result(Path folder, LocalDate date, List<String> regions, String source, int vmSkusRead,
            int sizesUpdated, int sizesNotInCatalog, int restrictedInRegion, int zoneRestricted, int diskTiersUpdated) {
    }

    private CatalogRefresh() {
    }

    /** The default bound on a whole refresh, in seconds. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 600;

    public static Result run(ResourceSkuSource source, List<String> regions, Path workspace, Instant now) {
        return run(source, regions, workspace, now, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS));
    }

    /**
     * As {@link #run(ResourceSkuSource, List, Path, Instant)}, giving up when reading the SKUs takes longer than
     * {@code timeout}: then one {@link ExternalSystemException} line names the region and how far the reading
     * got, and nothing is written (the workspace keeps its newest catalog, or assessments the bundled one).
     */
    public static Result run(ResourceSkuSource source, List<String> regions, Path workspace, Instant now,
            Duration timeout) {
        if (regions.isEmpty()) {
            throw new BadInputException("--region: at least one region is needed");
        }
        List<String> wanted = regions.stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, ResourceSku> vmSkus = new HashMap<>();
        Map<String, Set<String>> availableIn = new HashMap<>();
        Map<String, ResourceSku> diskTiers = new HashMap<>();
        int[] restricted = new int[2];
        Set<String> seenVm = new TreeSet<>();
        SkuReading reading = new SkuReading();
        // the reading runs on a worker so that a stalled server cannot hold the command past its deadline;
        // the maps are only read here after the worker has finished
        Deadline.run(() -> read(source, wanted, reading, vmSkus, availableIn, diskTiers, restricted, seenVm),
                timeout, () -> "catalog refresh did not finish within " + timeout.toSeconds() + " s (--timeout): "
                        + reading.describe() + "; nothing was written, so " + latest(workspace)
                                .map(p -> "the workspace keeps its catalog " + workspace.relativize(p))
                                .orElse("assessments keep the bundled catalog")
                        + "; try again later or raise --timeout");
        return build(source, wanted, workspace, now, vmSkus, availableIn, diskTiers, restricted, seenVm);
    }

    /** How far the reading got, for the timeout's message. */
    private static final class SkuReading {
        private volatile String region = "";
        private final java.util.concurrent.atomic.AtomicInteger skus = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger regionsDone = new java.util.concurrent.atomic.AtomicInteger();

        String describe() {
            return "it was reading Resource SKUs for " + region + " (" + regionsDone.get() + " region(s) done, "
                    + skus.get() + " SKUs read)";
        }
    }

    private static void read(ResourceSkuSource source, List<String> wanted, SkuReading reading,
            Map<String, ResourceSku> vmSkus, Map<String, Set<String>> availableIn, Map<String, ResourceSku> diskTiers,
            int[] restricted, Set<String> seenVm) {
        for (String region : wanted) {
            reading.region = region;
            boolean first = region.equals(wanted.get(0));
            source.forEach(region, sku -> {
                reading.skus.incrementAndGet();
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("the refresh's deadline passed");
                }
                if (sku.resourceType().equals(ResourceSku.VIRTUAL_MACHINES)) {
                    seenVm.add(sku.name());
                    vmSkus.putIfAbsent(sku.name(), sku);
                    if (sku.availableIn(region)) {
                        availableIn.computeIfAbsent(sku.name(), k -> new TreeSet<>()).add(region);
                    } else if (sku.locations().contains(region)) {
                        restricted[0]++;
                    }
                    if (sku.zoneRestrictedIn(region)) {
                        restricted[1]++;
                    }
                } else if (first && sku.resourceType().equals(ResourceSku.DISKS) && sku.size() != null
                        && sku.name().endsWith("_LRS")) {
                    diskTiers.putIfAbsent(sku.size(), sku);
                }
            });
            reading.regionsDone.incrementAndGet();
        }
    }

    private static Result build(ResourceSkuSource source, List<String> wanted, Path workspace, Instant now,
            Map<String, ResourceSku> vmSkus, Map<String, Set<String>> availableIn, Map<String, ResourceSku> diskTiers,
            int[] restricted, Set<String> seenVm) {
        LocalDate date = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String sourceText = source.describe();
        Map<String, JsonNode> files = new HashMap<>();
        for (String f : FILES) {
            files.put(f, bundled(f));
        }
        ObjectNode apiSource = apiSource(sourceText, date, wanted);
        int[] counts = updateVmSizes((ObjectNode) files.get("vm-sizes.json"), vmSkus, apiSource);
        Set<String> catalogued = sizeNames(files.get("vm-sizes.json"));
        updateRegions((ObjectNode) files.get("vm-regions.json"), availableIn, catalogued, wanted, apiSource, date);
        int tiers = updateDiskTiers((ObjectNode) files.get("disk-tiers.json"), diskTiers, apiSource);
        int notInCatalog = (int) seenVm.stream().filter(n -> !catalogued.contains(n)).count();
        ObjectNode manifest = (ObjectNode) files.get("catalog.json");
        String bundledDate = manifest.path("datasetDate").asText();
        manifest.put("datasetDate", date.toString());
        manifest.put("description", "Azure Resource SKUs API (Microsoft.Compute/skus, api-version 2021-07-01) read "
                + date + " for " + String.join(", ", wanted) + " from " + sourceText + ": " + counts[0]
                + " VM sizes and " + tiers + " disk tiers updated, region availability for those regions; other facts from"
                + " the bundled catalog of " + bundledDate + ".");
        Path folder = write(workspace, now, files);
        AzureCatalog.load(folder); // what was written must load; a failure here is ours (exit 4), not the user's
        return new Result(folder, date, wanted, sourceText, seenVm.size(), counts[0], notInCatalog, restricted[0],
                restricted[1], tiers);
    }

    /** The newest refreshed catalog in the workspace, if any. */
    public static java.util.Optional<Path> latest(Path workspace) {
        Path dir = workspace.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return java.util.Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> Files.isRegularFile(p.resolve("catalog.json")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(dir), "cannot list refreshed catalogs: " + e.getMessage(), e);
        }
    }

    private static int[] updateVmSizes(ObjectNode root, Map<String, ResourceSku> skus, ObjectNode apiSource) {
        int updated = 0;
        for (JsonNode seriesNode : root.withArray("series")) {
            ObjectNode series = (ObjectNode) seriesNode;
            int inSeries = 0;
            Set<String> perCore = new LinkedHashSet<>();
            Set<String> premium = new LinkedHashSet<>();
            Set<String> generations = new LinkedHashSet<>();
            for (JsonNode sizeNode : series.withArray("sizes")) {
                ObjectNode size = (ObjectNode) sizeNode;
                ResourceSku sku = skus.get(size.path("name").asText());
                if (sku == null) {
                    continue;
                }
                inSeries++;
                intCap(sku, "vCPUs").ifPresent(v -> size.put("vcpus", v));
                numCap(sku, "MemoryGB").ifPresent(v -> size.put("memoryGiB", v));
                intCap(sku, "MaxDataDiskCount").ifPresent(v -> size.put("maxDataDisks", v));
                intCap(sku, "MaxNetworkInterfaces").ifPresent(v -> size.put("maxNics", v));
                intCap(sku, "UncachedDiskIOPS").ifPresent(v -> size.put("uncachedIops", v));
                numCap(sku, "UncachedDiskBytesPerSecond").ifPresent(v ->
                        size.put("uncachedMBps", DataRate.ofBytesPerSecond(v).toMegabytesPerSecond()));
                sku.capability("vCPUsPerCore").ifPresent(perCore::add);
                sku.capability("PremiumIO").ifPresent(v -> premium.add(v.toLowerCase(Locale.ROOT)));
                sku.capability("HyperVGenerations").ifPresent(v -> generations.add(v.replace(" ", "").toUpperCase(Locale.ROOT)));
            }
            if (inSeries == 0) {
                continue;
            }
            updated += inSeries;
            int total = series.withArray("sizes").size();
            if (perCore.size() == 1 && root.has("vcpusPerCoreSource")) {
                try {
                    series.put("vcpusPerCore", Integer.parseInt(perCore.iterator().next()));
                } catch (NumberFormatException e) {
                    // keep the bundled figure
                }
            }
            if (premium.size() == 1) {
                series.put("premiumStorage", premium.contains("true"));
            }
            if (generations.size() == 1) {
                ArrayNode g = series.putArray("hyperVGenerations");
                for (String v : generations.iterator().next().split(",")) {
                    if (v.equals("V1") || v.equals("V2")) {
                        g.add(v);
                    }
                }
            }
            String was = series.path("source").path("title").asText();
            series.set("source", apiSource.deepCopy());
            series.put("note", (series.has("note") ? series.get("note").asText() + " " : "") + inSeries + " of " + total
                    + " sizes' limits from the Resource SKUs API; the rest as in: " + was);
        }
        return new int[] {updated};
    }

    private static void updateRegions(ObjectNode root, Map<String, Set<String>> availableIn, Set<String> catalogued,
            List<String> regions, ObjectNode apiSource, LocalDate date) {
        ObjectNode sizes = (ObjectNode) root.get("sizes");
        for (String name : catalogued) {
            Set<String> list = new TreeSet<>();
            JsonNode old = sizes.get(name);
            if (old != null) {
                old.forEach(r -> list.add(r.asText()));
            }
            list.removeAll(regions);
            list.addAll(availableIn.getOrDefault(name, Set.of()));
            if (list.isEmpty()) {
                sizes.remove(name);
            } else {
                ArrayNode a = sizes.putArray(name);
                list.forEach(a::add);
            }
        }
        String was = root.path("source").path("title").asText() + " (" + root.path("dataDate").asText() + ")";
        root.put("dataDate", date.toString());
        root.set("source", apiSource.deepCopy());
        root.put("description", "Regions " + String.join(", ", regions) + " from the Resource SKUs API of " + date
                + " (listed and not restricted for the subscription); other regions as in: " + was + ".");
    }

    private static int updateDiskTiers(ObjectNode root, Map<String, ResourceSku> tiers, ObjectNode apiSource) {
        int updated = 0;
        for (JsonNode t : root.withArray("tiers")) {
            ResourceSku sku = tiers.get(t.path("name").asText());
            if (sku == null) {
                continue;
            }
            var iops = intCap(sku, "MaxIOps");
            var mbps = numCap(sku, "MaxBandwidthMBps");
            if (iops.isEmpty() && mbps.isEmpty()) {
                continue;
            }
            iops.ifPresent(v -> ((ObjectNode) t).put("iops", v));
            mbps.ifPresent(v -> ((ObjectNode) t).put("mbps", v));
            ((ObjectNode) t).put("source", "resourceSkus");
            updated++;
        }
        if (updated > 0) {
            ((ObjectNode) root.get("sources")).set("resourceSkus", apiSource.deepCopy());
        }
        return updated;
    }

    private static Set<String> sizeNames(JsonNode vmSizes) {
        Set<String> names = new TreeSet<>();
        for (JsonNode s : vmSizes.path("series")) {
            for (JsonNode z : s.path("sizes")) {
                names.add(z.path("name").asText());
            }
        }
        return names;
    }

    private static ObjectNode apiSource(String source, LocalDate date, List<String> regions) {
        ObjectNode s = JSON.createObjectNode();
        s.put("title", "Azure Resource SKUs API (Microsoft.Compute/skus, api-version 2021-07-01), "
                + String.join(", ", regions) + ", " + source);
        s.put("url", "https://learn.microsoft.com/rest/api/compute/resource-skus/list");
        s.put("documentDate", date.toString());
        s.put("retrieved", date.toString());
        return s;
    }

    private static java.util.Optional<Integer> intCap(ResourceSku sku, String name) {
        return numCap(sku, name).filter(v -> v == Math.rint(v) && v >= 0 && v <= Integer.MAX_VALUE).map(Double::intValue);
    }

    private static java.util.Optional<Double> numCap(ResourceSku sku, String name) {
        return sku.capability(name).flatMap(v -> {
            try {
                double d = Double.parseDouble(v.strip());
                return Double.isFinite(d) && d >= 0 ? java.util.Optional.of(d) : java.util.Optional.empty();
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private static JsonNode bundled(String file) {
        try (InputStream in = AzureCatalog.class.getResourceAsStream("/catalog/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalog file missing: " + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path workspace, Instant now, Map<String, JsonNode> files) {
        Path dir = workspace.resolve(FOLDER);
        Path target = dir.resolve(STAMP.format(now));
        Path tmp = dir.resolve("." + STAMP.format(now) + ".partial");
        try {
            Files.createDirectories(dir);
            deleteTree(tmp);
            Files.createDirectories(tmp);
            for (String f : FILES) {
                JSON.writeValue(tmp.resolve(f).toFile(), files.get(f));
            }
            deleteTree(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            try {
                deleteTree(tmp);
            } catch (IOException ignored) {
                // the partial folder starts with a dot and is never read
            }
            throw new BadInputException(InputLocation.of(dir), "cannot write the refreshed catalog: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            List<Path> all = new ArrayList<>(s.toList());
            for (Iterator<Path> it = all.stream().sorted(Comparator.reverseOrder()).iterator(); it.hasNext();) {
                Files.delete(it.next());
            }
        }
    }
}
