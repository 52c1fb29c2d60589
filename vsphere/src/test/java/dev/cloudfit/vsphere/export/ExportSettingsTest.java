package dev.cloudfit.vsphere.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExportSettingsTest {

    @Test
    void keepAliveIsAQuarterOfTheLeaseTimeoutAtMostThirtySeconds() {
        ExportSettings defaults = ExportSettings.defaults();
        assertThat(defaults.keepAliveFor(Duration.ofSeconds(300))).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.keepAliveFor(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.keepAliveFor(Duration.ofSeconds(1))).isEqualTo(Duration.ofMillis(250));
        assertThat(defaults.keepAliveFor(Duration.ZERO)).isEqualTo(Duration.ofMillis(100));
        assertThat(defaults.withKeepAlive(Duration.ofSeconds(2)).keepAliveFor(Duration.ofSeconds(300)))
                .isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aKeepAliveMustBePositive() {
        assertThatThrownBy(() -> ExportSettings.defaults().withKeepAlive(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
