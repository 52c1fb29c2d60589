package dev.cloudfit.assess.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.cli.CollectCommand;
import dev.cloudfit.core.error.BadInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every default of {@code cloudfit collect}, pinned; and the bounds. */
class CollectSettingsTest {

    @Test
    void defaults() {
        CollectSettings s = CollectSettings.of("vc", "u", Path.of("ws"));
        assertThat(s.days()).isEqualTo(30);
        assertThat(s.parallel()).isEqualTo(4);
        assertThat(s.thumbprint()).isNull();
        assertThat(s.exportParquet()).isNull();
        assertThat(s.pageSize()).isEqualTo(100);
    }

    @Test
    void theCommandsDefaultsAreTheSettingsDefaults() {
        CommandLine cli = new CommandLine(new CollectCommand());
        CommandLine.ParseResult parsed = cli.parseArgs("--vcenter", "vc", "--user", "u", "--workspace", "ws");
        assertThat((Integer) parsed.matchedOptionValue("--days", 30)).isEqualTo(30);
        assertThat(cli.getCommandSpec().findOption("--days").defaultValue()).isEqualTo("30");
        assertThat(cli.getCommandSpec().findOption("--parallel").defaultValue()).isEqualTo("4");
        assertThat(cli.getCommandSpec().findOption("--password-env").defaultValue()).isNull();
        assertThat(cli.getCommandSpec().findOption("--thumbprint").defaultValue()).isNull();
    }

    @Test
    void bounds() {
        Path ws = Path.of("ws");
        assertThatThrownBy(() -> new CollectSettings("vc", "u", null, 366, ws, 4, null, 100))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--days must be between 1 and 365");
        assertThatThrownBy(() -> new CollectSettings("vc", "u", null, 30, ws, 0, null, 100))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--parallel must be between 1 and 16");
        assertThatThrownBy(() -> new CollectSettings("vc", " ", null, 30, ws, 4, null, 100))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--user");
        assertThat(new CollectSettings("vc", "u", null, 365, ws, 16, null, 1).days()).isEqualTo(365);
    }
}
