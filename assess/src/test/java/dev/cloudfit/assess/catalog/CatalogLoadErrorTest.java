package dev.cloudfit.assess.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.core.error.ExitCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog directory with one defect at a time: the load must fail, and the message must name the
 * file and the entry so the person updating the catalog can find it.
 */
class CatalogLoadErrorTest {

    private static final List<String> FILES = List.of("catalog.json", "vm-sizes.json", "vm-regions.json", "disk-tiers.json", "avs-nodes.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void copyBundledCatalog() throws IOException {
        for (String f : FILES) {
            try (InputStream in = AzureCatalog.class.getResourceAsStream("/catalog/" + f)) {
                Files.copy(in, dir.resolve(f));
            }
        }
    }

    @Test
    void anUntouchedCopyLoads() {
        AzureCatalog copy = AzureCatalog.load(dir);
        assertThat(copy.vmSizes()).hasSameSizeAs(AzureCatalog.bundled().vmSizes());
    }

    @Test
    void duplicateSizeNamesAreRefused() throws IOException {
        edit("vm-sizes.json", root -> {
            ArrayNode sizes = (ArrayNode) series(root, "Esv5").get("sizes");
            sizes.add(series(root, "Dsv5").get("sizes").get(0).deepCopy());
        });
        assertFails("vm-sizes.json", "Standard_D2s_v5", "appears twice");
    }

    @Test
    void aMissingRequiredFieldIsNamed() throws IOException {
        edit("vm-sizes.json", root -> ((ObjectNode) series(root, "Dsv5").get("sizes").get(1)).remove("vcpus"));
        assertFails("vm-sizes.json", "Standard_D4s_v5", "'vcpus'");
    }

    @Test
    void negativeFiguresAreRefused() throws IOException {
        edit("vm-sizes.json", root -> ((ObjectNode) series(root, "Dsv5").get("sizes").get(2)).put("uncachedIops", -1));
        assertFails("vm-sizes.json", "Standard_D8s_v5", "negative");
    }

    @Test
    void aSizeWithoutASourceIsRefused() throws IOException {
        edit("vm-sizes.json", root -> series(root, "Dsv5").remove("source"));
        assertFails("vm-sizes.json", "Dsv5", "'source'");
    }

    @Test
    void regionsForAnUnknownSizeAreRefused() throws IOException {
        edit("vm-regions.json", root -> ((ObjectNode) root.get("sizes")).putArray("Standard_X1_v9").add("westeurope"));
        assertFails("vm-regions.json", "Standard_X1_v9", "does not hold");
    }

    @Test
    void aDiskTierWithAnUndefinedSourceIsRefused() throws IOException {
        edit("disk-tiers.json", root -> ((ObjectNode) root.get("tiers").get(5)).put("source", "nowhere"));
        assertFails("disk-tiers.json", "P10", "'nowhere'");
    }

    @Test
    void aTierNamedAgainstItsTypeIsRefused() throws IOException {
        edit("disk-tiers.json", root -> ((ObjectNode) root.get("tiers").get(5)).put("type", "STANDARD_SSD"));
        assertFails("disk-tiers.json", "P10", "does not fit");
    }

    @Test
    void anEsaHostWithACacheTierIsRefused() throws IOException {
        edit("avs-nodes.json", root -> ((ObjectNode) root.get("nodes").get(2)).put("vsanCacheRawTB", 1.5));
        assertFails("avs-nodes.json", "AV48", "no cache tier");
    }

    @Test
    void malformedJsonIsReportedWithTheFile() throws IOException {
        Files.writeString(dir.resolve("disk-tiers.json"), "{\"tiers\": [");
        assertFails("disk-tiers.json", null, "not valid JSON");
    }

    @Test
    void aMissingFileIsReported() throws IOException {
        Files.delete(dir.resolve("avs-nodes.json"));
        assertFails("avs-nodes.json", null, "not found");
    }

    private static ObjectNode series(ObjectNode root, String name) {
        for (var s : root.get("series")) {
            if (s.get("series").asText().equals(name)) {
                return (ObjectNode) s;
            }
        }
        throw new IllegalStateException("no series " + name + " in the bundled vm-sizes.json");
    }

    private void edit(String file, Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve(file).toFile());
        change.accept(root);
        JSON.writeValue(dir.resolve(file).toFile(), root);
    }

    private void assertFails(String file, String entry, String problem) {
        assertThatThrownBy(() -> AzureCatalog.load(dir))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.getMessage()).contains(file).contains(problem);
                    if (entry != null) {
                        assertThat(e.getMessage()).contains(entry);
                    }
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                });
    }
}
