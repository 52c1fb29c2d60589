package dev.cloudfit.vsphere.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The password comes from a named variable or the terminal, and a mistyped password is never echoed. */
class PasswordSourceTest {

    @Test
    void fromTheNamedVariableOrThePrompt() {
        assertThat(PasswordSource.resolve("VC_PW", Map.of("VC_PW", "s3cret")::get, null, "p: ")).isEqualTo("s3cret");
        assertThat(PasswordSource.resolve(null, Map.<String, String>of()::get, text -> "typed".toCharArray(), "p: "))
                .isEqualTo("typed");
    }

    @Test
    void aPasswordGivenInPlaceOfTheVariableNameIsNotEchoed() {
        assertThatThrownBy(() -> PasswordSource.resolve("Summer2024", Map.<String, String>of()::get, null, "p: "))
                .isInstanceOf(BadInputException.class).hasMessageNotContaining("Summer2024")
                .hasMessageContaining("the environment variable named by --password-env is not set");
        assertThatThrownBy(() -> PasswordSource.resolve("p@ss word!", Map.<String, String>of()::get, null, "p: "))
                .isInstanceOf(BadInputException.class).hasMessageNotContaining("p@ss")
                .hasMessageContaining("not the password itself");
        assertThatThrownBy(() -> PasswordSource.resolve("VC_PW", Map.<String, String>of()::get, null, "p: "))
                .hasMessage("environment variable VC_PW (--password-env) is not set or empty");
    }

    @Test
    void noTerminalOrNothingTypedIsBadInput() {
        assertThatThrownBy(() -> PasswordSource.resolve(null, Map.<String, String>of()::get, null, "p: "))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("no password");
        assertThatThrownBy(() -> PasswordSource.resolve(null, Map.<String, String>of()::get, text -> null, "p: "))
                .isInstanceOf(BadInputException.class).hasMessage("no password was typed");
    }
}
