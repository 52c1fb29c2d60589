package dev.cloudfit.assess.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.core.units.DataSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the catalog against Microsoft's Azure Batch size list (ga4gh-tes, 2025-03-04), a
 * source independent of the Learn pages: every size of a covered series in the list must be in the
 * catalog with the same vCPUs, memory, data-disk count, temp disk and Hyper-V generations. Skipped when the shared fixtures
 * (system property {@code cloudfit.shared}) are not on this machine.
 */
class CatalogGa4ghFixtureTest {

    private static final String FIXTURE = "fixtures/azure/vm-capabilities/ga4gh-tes-BatchSupportedVmSizeInformation_AZURECLOUD.json";

    /** Batch family keys whose Learn series name differs: standardMSFamily is the M series, standardMSv2Family is Mv2. */
    private static final Map<String, String> FAMILY_ALIASES = Map.of("ms", "m", "msv2", "mv2");

    /** Temp disks where the Learn page and the Batch list disagree; the page's figure is kept (see the series note). */
    private static final Set<String> KNOWN_TEMP_DISK_DISAGREEMENTS = Set.of("Standard_E64as_v4");

    private final AzureCatalog catalog = AzureCatalog.bundled();

    @Test
    void everyListedSizeOfACoveredSeriesMatches() throws IOException {
        String shared = System.getProperty("cloudfit.shared");
        assumeTrue(shared != null && Files.isRegularFile(Path.of(shared, FIXTURE)),
                "shared fixtures not found (system property cloudfit.shared=" + shared + "); skipping the ga4gh cross-check");
        JsonNode list = new ObjectMapper().readTree(Path.of(shared, FIXTURE).toFile());
        Map<String, VmSeries> covered = catalog.series().stream()
                .collect(Collectors.toMap(s -> s.value().toLowerCase(Locale.ROOT), Function.identity()));
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (JsonNode e : list) {
            if (e.get("LowPriority").asBoolean()) {
                continue;
            }
            String family = e.get("VmFamily").asText();
            String raw = family.replaceFirst("(?i)^standard", "").replaceFirst("(?i)family$", "").toLowerCase(Locale.ROOT);
            String key = FAMILY_ALIASES.getOrDefault(raw, raw);
            if (!covered.containsKey(key)) {
                continue;
            }
            String name = e.get("VmSize").asText();
            var spec = catalog.vmSize(VmSizeName.of(name));
            if (spec.isEmpty()) {
                problems.add(name + " (" + family + ") is missing");
                continue;
            }
            compared++;
            VmSizeSpec s = spec.get();
            if (s.vcpus() != e.get("VCpusAvailable").asInt()) {
                problems.add(name + ": vCPUs " + s.vcpus() + " vs " + e.get("VCpusAvailable"));
            }
            if (!s.memory().equals(DataSize.ofGibibytes(e.get("MemoryInGiB").asDouble()))) {
                problems.add(name + ": memory " + s.memory() + " vs " + e.get("MemoryInGiB") + " GiB");
            }
            if (!s.maxDataDisks().equals(OptionalInt.of(e.get("MaxDataDiskCount").asInt()))) {
                problems.add(name + ": data disks " + s.maxDataDisks() + " vs " + e.get("MaxDataDiskCount"));
            }
            Set<HyperVGeneration> listedGenerations = new HashSet<>();
            e.get("HyperVGenerations").forEach(g -> listedGenerations.add(HyperVGeneration.valueOf(g.asText())));
            if (!s.hyperVGenerations().equals(listedGenerations)) {
                problems.add(name + ": Hyper-V generations " + s.hyperVGenerations() + " vs " + listedGenerations);
            }
            DataSize listedTemp = DataSize.ofGibibytes(e.get("ResourceDiskSizeInGiB").asDouble());
            if (s.tempDisk().isPresent() && !s.tempDisk().get().equals(listedTemp) && !KNOWN_TEMP_DISK_DISAGREEMENTS.contains(name)) {
                problems.add(name + ": temp disk " + s.tempDisk().get() + " vs " + listedTemp);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(compared).as("sizes compared with the Batch list").isGreaterThanOrEqualTo(150);
    }

    @Test
    void regionsComeFromTheBatchListWhereItHasTheSize() {
        VmSizeSpec d4s = catalog.vmSize(VmSizeName.of("Standard_D4s_v5")).orElseThrow();
        assertThat(d4s.regions()).hasValueSatisfying(r -> assertThat(r).contains(Region.of("westeurope"), Region.of("eastus")));
        assertThat(catalog.vmSizesKnownIn(Region.of("WestEurope"))).contains(d4s);
        Set<VmSizeSpec> unknown = catalog.vmSizes().stream().filter(s -> s.regions().isEmpty()).collect(Collectors.toSet());
        assertThat(unknown).noneMatch(s -> s.isKnownAvailableIn(Region.of("westeurope")));
    }
}
