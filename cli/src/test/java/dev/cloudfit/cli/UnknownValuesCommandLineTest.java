package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unknown option values are usage errors (exit 2, nothing written), never silent defaults. */
class UnknownValuesCommandLineTest {

    @TempDir
    static Path dir;
    static Path inventory;

    @BeforeAll
    static void inventory() {
        inventory = dir.resolve("estate.xlsx");
        CommandRun made = CommandRun.of("generate", "--vms", "5", "--out", inventory.toString());
        assertThat(made.code()).as(made.err()).isZero();
    }

    @Test
    void aRegionTheCatalogDoesNotKnowIsAUsageErrorAndNoWorkbookIsWritten() {
        Path out = dir.resolve("global.xlsx");
        CommandRun run = CommandRun.of("assess", "--inventory", inventory.toString(), "--region", "global", "--out",
                out.toString()).isUsageError();
        assertThat(run.err()).contains("--region: 'global' is not an Azure region the catalog knows; use an ARM name"
                + " such as westeurope").contains("northeurope");
        assertThat(out).doesNotExist();
    }

    @Test
    void pricesCommandsRefuseAnUnknownRegionBeforeAnyNetworkCall() {
        CommandRun run = CommandRun.of("prices", "refresh", "--region", "westeurope,West Europe", "--workspace",
                dir.resolve("ws").toString(), "--prices-endpoint", "http://127.0.0.1:9/api/retail/prices")
                .isUsageError();
        assertThat(run.err()).contains("--region: 'West Europe' is not an Azure region");
        assertThat(dir.resolve("ws")).doesNotExist();
        CommandRun.of("prices", "show", "--region", "global").isUsageError();
    }

    @Test
    void anUnknownSeriesIsAUsageErrorNotAnEstateOfNotReadyVms() {
        Path out = dir.resolve("series.xlsx");
        CommandRun run = CommandRun.of("assess", "--inventory", inventory.toString(), "--series", "Dsv5,Nope9",
                "--out", out.toString()).isUsageError();
        assertThat(run.err()).contains("--series: Nope9 is not a VM series of the catalog").contains("Dsv5");
        assertThat(out).doesNotExist();
    }

    @Test
    void anOutputInAFolderThatDoesNotExistIsRefusedNotCreated() {
        Path out = dir.resolve("no-such-folder").resolve("a.xlsx");
        CommandRun run = CommandRun.of("assess", "--inventory", inventory.toString(), "--out", out.toString())
                .failsWith(2);
        assertThat(run.err()).contains("does not exist; create it first");
        assertThat(Files.exists(out.getParent())).isFalse();
    }
}
