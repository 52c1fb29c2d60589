package dev.cloudfit.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainXmlTextTest {

    @Test
    void plainTextNeedsNoEscapingAndAnythingElseGoesThroughPoi() {
        assertThat(PlainXmlText.isPlain("vm-1001 [ds01] a/b.vmdk 0123abcdef")).isTrue();
        assertThat(PlainXmlText.isPlain("a&b")).isFalse();
        assertThat(PlainXmlText.isPlain("<tag>")).isFalse();
        assertThat(PlainXmlText.isPlain("\tTabbed")).isFalse();
        assertThat(PlainXmlText.isPlain("\"quoted\"")).isFalse();
        assertThat(PlainXmlText.isPlain("non\u00A0breaking")).isFalse();
        assertThat(PlainXmlText.isPlain("\uD83D\uDE80")).isFalse();
    }
}
