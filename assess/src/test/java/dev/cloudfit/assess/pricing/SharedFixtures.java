package dev.cloudfit.assess.pricing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded Azure price fixtures under the {@code cloudfit.shared} folder ({@code fixtures/azure/...}). Tests
 * that need them are skipped, with a message, when the folder is absent.
 */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    /** The {@code fixtures/azure/retail-prices} folder, or the test is skipped. */
    public static Path retailPrices() {
        String shared = System.getProperty("cloudfit.shared");
        Path dir = shared == null ? null : Path.of(shared, "fixtures", "azure", "retail-prices");
        assumeTrue(dir != null && Files.isDirectory(dir),
                "skipped: the shared fixtures folder (system property cloudfit.shared=" + shared + ") is absent");
        return dir;
    }

    public static Path retailPrices(String relative) {
        return retailPrices().resolve(relative);
    }

    /** Every JSON file directly under a fixture sub-folder, sorted by name. */
    public static List<Path> jsonFiles(String folder) {
        try (Stream<Path> files = Files.list(retailPrices(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
