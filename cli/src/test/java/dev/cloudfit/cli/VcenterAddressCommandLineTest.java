package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collect --vcenter} refuses what is not an address before anything is prompted, sent or written. */
class VcenterAddressCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void credentialsInTheAddressAreRefusedWithoutPrintingThePassword() {
        CommandRun run = CommandRun.of("collect", "--vcenter", "https://administrator:S3cret!pw@127.0.0.1:9/sdk",
                "--user", "u", "--workspace", dir.resolve("ws").toString()).failsWith(2);
        assertThat(run.err()).contains("carries a user name or password").contains("https://***@127.0.0.1:9/sdk")
                .doesNotContain("S3cret").doesNotContain("administrator");
        assertThat(run.out()).doesNotContain("S3cret");
        assertThat(dir.resolve("ws")).doesNotExist();
    }

    @Test
    void aPortOutOfRangeIsAUsageErrorNotAnInternalOne() {
        CommandRun run = CommandRun.of("collect", "--vcenter", "127.0.0.1:99999", "--workspace",
                dir.resolve("ws").toString(), "--user", "u").failsWith(2);
        assertThat(run.err()).contains("port 99999 in '127.0.0.1:99999' is outside 1-65535");
        assertThat(dir.resolve("ws")).doesNotExist();
    }
}
