package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --compare-regions} and {@code --backtest/--holdout} refuse bad values with exit 2 and one line
 * naming the option, and write no workbook.
 */
class CompareRegionsBacktestOptionsTest {

    @TempDir
    static Path dir;
    static Path inventory;

    @BeforeAll
    static void inventory() {
        inventory = dir.resolve("estate.xlsx");
        CommandRun made = CommandRun.of("generate", "--vms", "5", "--out", inventory.toString());
        assertThat(made.code()).as(made.err()).isZero();
    }

    private CommandRun assess(String name, String... more) {
        String[] args = new String[6 + more.length];
        args[0] = "assess";
        args[1] = "--inventory";
        args[2] = inventory.toString();
        args[3] = "--out";
        args[4] = dir.resolve(name + ".xlsx").toString();
        args[5] = "--format=table";
        System.arraycopy(more, 0, args, 6, more.length);
        return CommandRun.of(args);
    }

    @Test
    void anUnknownCompareRegionIsAUsageErrorNamingTheOption() {
        CommandRun run = assess("global", "--compare-regions", "northeurope,global").isUsageError();
        assertThat(run.err()).contains("--compare-regions: 'global' is not an Azure region the catalog knows");
        assertThat(dir.resolve("global.xlsx")).doesNotExist();
        assess("empty", "--compare-regions", "northeurope,,francecentral").isUsageError();
        assertThat(assess("same", "--compare-regions", "westeurope").isUsageError().err())
                .contains("--compare-regions: give regions other than --region westeurope");
    }

    @Test
    void aCompareRegionWithoutPricesIsOneLineSayingHowToGetThem() {
        // eastus is a region the catalog knows; the embedded snapshot holds westeurope, northeurope, francecentral
        CommandRun run = assess("eastus", "--compare-regions", "eastus").failsWith(2);
        assertThat(run.err()).contains("no USD prices for westeurope,eastus")
                .contains("cloudfit prices refresh --region westeurope,eastus");
        assertThat(dir.resolve("eastus.xlsx")).doesNotExist();
    }

    @Test
    void backtestOptionsOutOfPlaceOrMalformedAreUsageErrors() {
        assertThat(assess("bt1", "--backtest").isUsageError().err()).contains("--backtest: needs --workspace DIR");
        assertThat(assess("bt2", "--holdout", "7d").isUsageError().err()).contains("--holdout: only with --backtest");
        Path ws = dir.resolve("no-such-workspace");
        for (String bad : new String[] {"0d", "91d", "week", "7", "-3d"}) {
            CommandRun run = CommandRun.of("assess", "--workspace", ws.toString(), "--backtest", "--holdout", bad,
                    "--out", dir.resolve("bt3.xlsx").toString()).isUsageError();
            assertThat(run.err()).contains("--holdout: N days as Nd (1d..90d), not '" + bad + "'");
        }
        assertThat(dir.resolve("bt1.xlsx")).doesNotExist();
        assertThat(dir.resolve("bt3.xlsx")).doesNotExist();
    }
}
