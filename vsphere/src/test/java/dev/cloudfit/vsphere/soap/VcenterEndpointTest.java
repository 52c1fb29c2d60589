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

    @Test
    void credentialsInTheAddressAreRefusedWithoutRepeatingThem() {
        for (String typed : new String[] {"https://admin:S3cret!@vc.example.com", "admin:S3cret!@vc.example.com:443",
            "https://administrator@vsphere.local:S3cret!@vc.example.com/sdk", "https://:S3cret!@vc"}) {
            assertThatThrownBy(() -> VcenterEndpoint.parse(typed))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("carries a user name or password")
                    .hasMessageContaining("***@")
                    .hasMessageNotContaining("S3cret")
                    .hasMessageNotContaining("admin");
        }
    }

    @Test
    void aPortOutsideTheRangeIsBadInput() {
        for (String typed : new String[] {"vc.example.com:99999", "https://vc.example.com:65536/sdk",
            "vc.example.com:0"}) {
            assertThatThrownBy(() -> VcenterEndpoint.parse(typed))
                    .isInstanceOfSatisfying(BadInputException.class,
                            e -> assertThat(e.exitCode()).isEqualTo(dev.cloudfit.core.error.ExitCode.BAD_INPUT))
                    .hasMessageContaining("is outside 1-65535");
        }
        assertThat(VcenterEndpoint.parse("vc.example.com:65535").port()).isEqualTo(65535);
    }
}
