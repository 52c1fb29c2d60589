package dev.cloudfit.vsphere.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import org.junit.jupiter.api.Test;

class ThumbprintTest {

    private static final String SHA256 = "3F:A0:1B:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:9B";
    private static final String SHA1 = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01";

    @Test
    void readsVsphereNotationPlainHexAndEitherCase() {
        Thumbprint colons = Thumbprint.parse(SHA256);
        assertThat(colons.algorithm()).isEqualTo(ThumbprintAlgorithm.SHA_256);
        assertThat(Thumbprint.parse(SHA256.replace(":", "").toLowerCase())).isEqualTo(colons);
        assertThat(Thumbprint.parse("  sha256:" + SHA256.toLowerCase() + "\n")).isEqualTo(colons);
        assertThat(colons.toString()).isEqualTo(SHA256);
        assertThat(Thumbprint.parse(SHA1).algorithm()).isEqualTo(ThumbprintAlgorithm.SHA_1);
    }

    @Test
    void refusesWhatIsNotADigestWithAMessageForTheUser() {
        assertThatThrownBy(() -> Thumbprint.parse("AB:CD"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a certificate thumbprint: 'AB:CD'")
                .hasMessageContaining("32 hex pairs for SHA-256 or 20 for SHA-1");
        assertThatThrownBy(() -> Thumbprint.parse(SHA256.replace("3F", "XY"))).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Thumbprint.parse("")).isInstanceOf(BadInputException.class);
    }

    @Test
    void theRecordRefusesNonCanonicalHex() {
        assertThatThrownBy(() -> new Thumbprint(ThumbprintAlgorithm.SHA_1, SHA256))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Thumbprint(ThumbprintAlgorithm.SHA_1, SHA1.toLowerCase()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
