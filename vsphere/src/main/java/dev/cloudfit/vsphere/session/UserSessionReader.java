package dev.cloudfit.vsphere.session;

import dev.cloudfit.vsphere.soap.StaxReading;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a {@code UserSession} data object, and the xsd:dateTime values vim25 uses. */
final class UserSessionReader {

    private UserSessionReader() {
    }

    /** @param reader on the element holding the UserSession fields; left on its end tag */
    static UserSession read(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (StaxReading.nextChild(reader)) {
            String name = reader.getLocalName();
            switch (name) {
                case "key", "userName", "fullName", "loginTime", "lastActiveTime", "locale" ->
                        fields.put(name, StaxReading.text(reader).strip());
                default -> StaxReading.skipElement(reader);
            }
        }
        String key = fields.get("key");
        String user = fields.get("userName");
        if (key == null || user == null || !fields.containsKey("loginTime")) {
            throw new XMLStreamException("a UserSession without key, userName or loginTime");
        }
        Instant login = dateTime(fields.get("loginTime"));
        Instant lastActive = fields.containsKey("lastActiveTime") ? dateTime(fields.get("lastActiveTime")) : login;
        return new UserSession(key, user, fields.getOrDefault("fullName", ""), login, lastActive,
                fields.getOrDefault("locale", ""));
    }

    /**
     * @param text an xsd:dateTime; vCenter sends UTC with a {@code Z}, a value without a zone is taken as UTC
     * @return the instant
     */
    static Instant dateTime(String text) throws XMLStreamException {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new XMLStreamException("not an xsd:dateTime: " + text);
            }
        }
    }
}
