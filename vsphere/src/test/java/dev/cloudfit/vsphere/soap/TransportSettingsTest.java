package dev.cloudfit.vsphere.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransportSettingsTest {

    @Test
    void defaultsArePinned() {
        assertThat(TransportSettings.defaults())
                .isEqualTo(new TransportSettings(Duration.ofSeconds(15), Duration.ofMinutes(2), "6.5"));
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> TransportSettings.defaults().withRequestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), "latest"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
