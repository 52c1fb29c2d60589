package dev.cloudfit.assess.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The fixture files in ../shared/fixtures; tests skip, saying why, when that folder is absent. */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    public static Path file(String relative) {
        String root = System.getProperty("cloudfit.shared", "../shared");
        Path p = Path.of(root).resolve("fixtures").resolve(relative).normalize();
        assumeTrue(Files.isRegularFile(p),
                "skipped: fixture " + p + " is absent (../shared is only beside developer and CI checkouts)");
        return p;
    }
}
