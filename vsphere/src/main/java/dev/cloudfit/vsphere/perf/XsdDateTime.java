package dev.cloudfit.vsphere.perf;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamException;

/** xsd:dateTime in and out: vCenter writes UTC with {@code Z}; a value without a zone is taken as UTC. */
final class XsdDateTime {

    private XsdDateTime() {
    }

    static Instant parse(String text) throws XMLStreamException {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new XMLStreamException("not an xsd:dateTime: " + (t.length() > 40 ? t.substring(0, 40) + "..." : t));
            }
        }
    }

    static String format(Instant instant) {
        return instant.toString();
    }
}
