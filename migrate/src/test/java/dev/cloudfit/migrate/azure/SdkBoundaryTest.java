package dev.cloudfit.migrate.azure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Azure SDK's resource-manager, identity and HTTP types stay inside the adapter: no main source
 * file of the migrate module outside {@code dev.cloudfit.migrate.azure} imports them. (The storage SDK,
 * which the page-blob uploader uses, is not concerned; assess has its own adapter for Resource SKUs.)
 */
class SdkBoundaryTest {

    private static final Pattern SDK_IMPORT = Pattern.compile(
            "^import\\s+(static\\s+)?com\\.azure\\.(resourcemanager|identity|core\\.management|core\\.credential|core\\.http)\\b",
            Pattern.MULTILINE);

    @Test
    void onlyTheAdapterImportsResourceManagerTypes() throws IOException {
        List<Path> sources = javaFiles(Path.of("src/main/java")).toList();
        assertThat(sources).anyMatch(f -> f.endsWith("AzureAdapter.java"));
        List<Path> offenders = sources.stream()
                .filter(f -> !f.toString().replace('\\', '/').contains("/dev/cloudfit/migrate/azure/"))
                .filter(f -> SDK_IMPORT.matcher(read(f)).find())
                .toList();
        assertThat(offenders).isEmpty();
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
