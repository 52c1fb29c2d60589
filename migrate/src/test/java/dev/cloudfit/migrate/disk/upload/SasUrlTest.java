package dev.cloudfit.migrate.disk.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import org.junit.jupiter.api.Test;

class SasUrlTest {

    private static final String SAS = "https://md-impexp-abc.z1.blob.storage.azure.net/xyz/abcd"
            + "?sv=2018-03-28&sr=b&si=1a2b&sig=Zm9vYmFyJTJCc2VjcmV0%3D";

    @Test
    void printsWithoutItsQuery() {
        SasUrl url = SasUrl.parse(SAS, "the environment variable X");
        assertThat(url.toString()).isEqualTo("https://md-impexp-abc.z1.blob.storage.azure.net/xyz/abcd");
        assertThat(url.redacted()).doesNotContain("sig").doesNotContain("?");
        assertThat(url.withQuery("comp=page").toString()).isEqualTo(SAS + "&comp=page");
    }

    @Test
    void scrubsTheSignatureOutOfAnyText() {
        SasUrl url = SasUrl.parse(SAS, "x");
        assertThat(url.scrub("failed: " + SAS + " (HTTP 500)")).doesNotContain("Zm9vYmFy").contains("<SAS>");
        assertThat(url.scrub("sig=Zm9vYmFyJTJCc2VjcmV0%3D&comp=page")).isEqualTo("sig=<SAS>&comp=page");
    }

    @Test
    void refusesPlainHttpExceptToLoopbackAndAUrlWithoutSignature() {
        assertThatThrownBy(() -> SasUrl.parse(SAS.replace("https", "http"), "the environment variable X"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not HTTPS").hasMessageNotContaining("Zm9v");
        assertThat(SasUrl.parse("http://127.0.0.1:10000/devstoreaccount1/c/b?sv=1&sig=abc", "x").redacted())
                .isEqualTo("http://127.0.0.1:10000/devstoreaccount1/c/b");
        assertThatThrownBy(() -> SasUrl.parse("https://a.blob.core.windows.net/c/b", "the environment variable X"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no signature");
        assertThatThrownBy(() -> SasUrl.parse("not a url", "the environment variable X"))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("the environment variable X");
    }
}
