package dev.cloudfit.migrate.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.core.units.DataSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tier sizes pre-flight checks an approved disk type against ({@code Premium SSD P10} holds 128 GiB) equal
 * Azure's own: the Resource SKUs disk rows of westeurope as recorded in the shared fixture
 * {@code sku-availability/djtools-westeurope-disks.json} (from {@code az vm list-skus --resource-type disks},
 * 2026-08-01), every Premium, Standard SSD and Standard HDD tier.
 */
class DiskTierSizesFixtureTest {

    private static final String FIXTURE = "fixtures/azure/sku-availability/djtools-westeurope-disks.json";
    private static final Map<String, String> WORDS = Map.of("Premium_LRS", "Premium SSD", "StandardSSD_LRS",
            "Standard SSD", "Standard_LRS", "Standard HDD");

    @Test
    void everyFixedTierHoldsWhatAzureSays() throws IOException {
        String shared = System.getProperty("cloudfit.shared");
        assumeTrue(shared != null && Files.isRegularFile(Path.of(shared, FIXTURE)),
                "shared fixtures not found (system property cloudfit.shared=" + shared + ")");
        JsonNode disks = new ObjectMapper().readTree(Path.of(shared, FIXTURE).toFile()).path("disks");
        int checked = 0;
        for (JsonNode d : disks) {
            String words = WORDS.get(d.path("name").asText());
            if (words == null) {
                continue; // ZRS rows repeat the LRS sizes; v2 and Ultra have no fixed size
            }
            String type = words + " " + d.path("size").asText();
            assertThat(ApprovedDiskTypes.tierSize(type)).as(type)
                    .contains(DataSize.ofGibibytes(d.path("maxSizeGiB").asLong()));
            checked++;
        }
        assertThat(checked).as("Premium 14 + Standard SSD 14 + Standard HDD 11 tiers").isEqualTo(39);
    }
}
