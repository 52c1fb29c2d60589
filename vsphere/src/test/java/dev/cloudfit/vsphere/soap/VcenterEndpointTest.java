package dev.cloudfit.vsphere.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import org.junit.jupiter.api.Test;

class VcenterEndpointTest {

    @Test
    void acceptsWhatUsersType() {
        assertThat(VcenterEndpoint.parse("vc.example.com").sdkUrl()).hasToString("https://vc.example.com/sdk");
        assertThat(VcenterEndpoint.parse(" vc.example.com:8443 ").sdkUrl()).hasToString("https://vc.example.com:8443/sdk");
        assertThat(VcenterEndpoint.parse("https://vc.example.com/").sdkUrl()).hasToString("https://vc.example.com/sdk");
        assertThat(VcenterEndpoint.parse("https://10.0.0.5/sdk").port()).isEqualTo(443);
        assertThat(VcenterEndpoint.parse("[fd00::5]:444").sdkUrl()).hasToString("https://[fd00::5]:444/sdk");
        assertThat(VcenterEndpoint.parse("vc.example.com:8443").baseUrl()).hasToString("https://vc.example.com:8443/");
    }

    @Test
    void refusesPlainHttpCredentialsInTheUrlAndNonsense() {
        assertThatThrownBy(() -> VcenterEndpoint.parse("http://vc.example.com"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("https only");
        assertThatThrownBy(() -> VcenterEndpoint.parse("https://admin:pw@vc.example.com"))
                .isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> VcenterEndpoint.parse("")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> VcenterEndpoint.parse("vc example com")).isInstanceOf(BadInputException.class);
    }
}
