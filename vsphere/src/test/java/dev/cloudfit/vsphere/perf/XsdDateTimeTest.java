package dev.cloudfit.vsphere.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class XsdDateTimeTest {

    @Test
    void theUtcFastPathAgreesWithTheGeneralParser() throws XMLStreamException {
        for (String text : List.of("2026-11-25T06:00:00Z", "2024-02-29T23:59:59Z", "1999-12-31T00:00:00.5Z",
                "2026-01-01T12:34:56.123456789Z", "2026-03-01T01:02:03.120+00:00", "2026-11-25T06:00:00+00:00")) {
            Instant expected = OffsetDateTime.parse(text).toInstant();
            assertThat(XsdDateTime.utcFastPath(text)).as(text).isEqualTo(expected);
            assertThat(XsdDateTime.parse(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void otherFormsGoToTheGeneralParser() throws XMLStreamException {
        assertThat(XsdDateTime.utcFastPath("2026-11-25T07:00:00+01:00")).isNull();
        assertThat(XsdDateTime.parse("2026-11-25T07:00:00+01:00")).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
        assertThat(XsdDateTime.utcFastPath("2026-11-25T06:00:00")).isNull();
        assertThat(XsdDateTime.parse(" 2026-11-25T06:00:00 ")).isEqualTo(Instant.parse("2026-11-25T06:00:00Z"));
    }

    @Test
    void impossibleDatesAreRefusedNotRolledOver() {
        assertThat(XsdDateTime.utcFastPath("2026-02-29T00:00:00Z")).isNull();
        assertThatThrownBy(() -> XsdDateTime.parse("2026-02-29T00:00:00Z")).isInstanceOf(XMLStreamException.class);
        assertThatThrownBy(() -> XsdDateTime.parse("2026-13-01T00:00:00Z")).isInstanceOf(XMLStreamException.class);
        assertThatThrownBy(() -> XsdDateTime.parse("2026-11-25T24:00:00Z")).isInstanceOf(XMLStreamException.class);
        assertThat(XsdDateTime.utcFastPath("2026-11-25T06:00:00.Z")).as("an empty fraction is the general parser's call").isNull();
    }
}
