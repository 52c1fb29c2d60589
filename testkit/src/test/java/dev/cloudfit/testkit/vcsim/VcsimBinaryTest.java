package dev.cloudfit.testkit.vcsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.testkit.process.MissingTestToolException;
import dev.cloudfit.testkit.process.ToolsDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VcsimBinaryTest {

    @Test
    void missingGoSaysToRunTheTestCommand(@TempDir Path empty) {
        assertThatThrownBy(() -> VcsimBinary.findGo(empty.toString(), empty.resolve("go")))
                .isInstanceOf(MissingTestToolException.class)
                .hasMessageContaining("golang-go")
                .hasMessageContaining("Run ./test");
    }

    @Test
    void findsGoOnThePathBeforeTheFallback(@TempDir Path dir) throws Exception {
        Path go = Files.createFile(dir.resolve("go"));
        assertThat(go.toFile().setExecutable(true)).isTrue();
        assertThat(VcsimBinary.findGo("/nonexistent:" + dir, Path.of("/nonexistent/go"))).isEqualTo(go);
    }

    @Test
    void theBinaryIsCachedUnderTheToolsDirectoryByTheSourcesHash() {
        Path binary = VcsimBinary.ensureBuilt();
        assertThat(binary).isExecutable();
        assertThat(binary.getParent().getParent()).isEqualTo(ToolsDirectory.path());
        assertThat(binary.getParent().getFileName().toString()).matches("vcsim-[0-9a-f]{64}");
        assertThat(VcsimBinary.ensureBuilt()).as("built once, then reused").isEqualTo(binary);
    }
}
