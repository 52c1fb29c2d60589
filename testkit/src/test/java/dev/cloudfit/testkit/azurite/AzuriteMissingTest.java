package dev.cloudfit.testkit.azurite;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.testkit.process.MissingTestToolException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AzuriteMissingTest {

    @Test
    void missingAzuriteSaysToRunTheTestCommand(@TempDir Path empty) {
        assertThatThrownBy(() -> Azurite.start(empty.resolve("azurite-blob")))
                .isInstanceOf(MissingTestToolException.class)
                .hasMessageContaining("Azurite is not installed")
                .hasMessageContaining("Run ./test");
    }
}
