package dev.cloudfit.assess.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cloudfit.assess.pricing.SharedFixtures;
import dev.cloudfit.assess.pricing.source.EmbeddedPrices;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPricesBuildTest {

    @TempDir
    Path dir;

    @Test
    void theCommittedEmbeddedFileIsWhatTheBuildStepMakesFromTheFixtures() throws IOException {
        Path snapshots = SharedFixtures.retailPrices("radar-snapshots");
        Path manifest = Path.of("..", "build-support", "embedded-prices.tsv");
        Path rebuilt = dir.resolve("embedded.jsonl.gz");
        PriceFileHeader header = EmbeddedPricesBuild.build(EmbeddedPricesBuild.readManifest(manifest), snapshots,
                rebuilt);
        String committed;
        try (InputStream in = new GZIPInputStream(EmbeddedPrices.open())) {
            committed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String fresh;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(rebuilt))) {
            fresh = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        List<String> want = fresh.lines().toList();
        List<String> have = committed.lines().toList();
        for (int i = 0; i < Math.min(want.size(), have.size()); i++) {
            if (!want.get(i).equals(have.get(i))) {
                fail("line " + (i + 1) + " differs; rerun build-support/build-embedded-prices.sh\nbuilt:     "
                        + want.get(i) + "\ncommitted: " + have.get(i));
            }
        }
        assertThat(have.size()).as("lines; rerun build-support/build-embedded-prices.sh").isEqualTo(want.size());
        assertThat(header.sources()).hasSize(6); // westeurope, northeurope, francecentral: VMs and storage each
        assertThat(header.rowsReadByKind().get("VM_SPOT")).isPositive();
        assertThat(fresh).doesNotContain(" Spot\"").doesNotContain("Low Priority");
        assertThat(Files.size(rebuilt)).as("a few MB at most").isLessThan(3_000_000);
    }
}
