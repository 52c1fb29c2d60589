package dev.cloudfit.reports.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void valuesAreDelimitedUnambiguously() {
        assertThat(Fingerprint.row(List.of("a", "bc"))).isNotEqualTo(Fingerprint.row(List.of("ab", "c")));
        assertThat(Fingerprint.row(List.of("a\n1:b"))).isNotEqualTo(Fingerprint.row(List.of("a", "b")));
    }

    @Test
    void theRowDigestIsSha256OfTheCanonicalText() {
        // sha256("1:x\n") computed independently: printf '1:x\n' | sha256sum
        assertThat(Fingerprint.row(List.of("x")))
                .isEqualTo("0b980d4785e41005f150e4b027337fcd26ae1790e3b57fd48da8467546eeeff7");
    }

    @Test
    void columnDigestsAreOnePerLockedColumnAndDependOnTheColumn() {
        List<String> values = List.of("vm", "vc", "vm-1", "uuid", "D2s", "P10", "westeurope");
        String[] digests = Fingerprint.columns(values).split(" ");
        assertThat(digests).hasSize(PlanColumn.lockedColumns().size());
        assertThat(digests).allMatch(d -> d.matches("[0-9a-f]{8}"));
        assertThat(Fingerprint.column(PlanColumn.VNET, "x")).isNotEqualTo(Fingerprint.column(PlanColumn.SUBNET, "x"));
        // printf 'VNet=x' | sha256sum → e06a6f8a...
        assertThat(Fingerprint.column(PlanColumn.VNET, "x")).isEqualTo("e06a6f8a");
    }
}
