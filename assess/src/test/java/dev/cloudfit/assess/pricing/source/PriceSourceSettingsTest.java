package dev.cloudfit.assess.pricing.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceSourceSettingsTest {

    @Test
    void defaultsArePinned() {
        PriceSourceSettings d = PriceSourceSettings.defaults();
        assertThat(d.workspace()).isEmpty();
        assertThat(d.staleAfter()).isEqualTo(Duration.ofDays(30));
        assertThat(d.rows()).extracting(r -> r.get(0) + "=" + r.get(1))
                .containsExactly("prices.workspace=(none)", "prices.staleAfterDays=30");
        assertThat(d.withWorkspace(Path.of("ws")).rows().get(0)).isEqualTo(List.of("prices.workspace", "ws",
                d.rows().get(0).get(2)));
    }

    @Test
    void aNonPositiveStaleAgeIsRefused() {
        assertThatThrownBy(() -> new PriceSourceSettings(Optional.empty(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
