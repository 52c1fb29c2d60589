package dev.cloudfit.vsphere.session;

import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import java.time.Instant;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Response readers for the session calls: Login, CurrentTime, and currentSession's property read. */
final class SessionReaders {

    private SessionReaders() {
    }

    /** {@code LoginResponse/returnval} is a UserSession. */
    static SoapResponseReader<UserSession> login() {
        return reader -> {
            UserSession session = null;
            while (StaxReading.nextChild(reader)) {
                if (reader.getLocalName().equals("returnval")) {
                    session = UserSessionReader.read(reader);
                } else {
                    StaxReading.skipElement(reader);
                }
            }
            if (session == null) {
                throw new XMLStreamException("Login answered without a session");
            }
            return session;
        };
    }

    /** {@code CurrentTimeResponse/returnval} is an xsd:dateTime. */
    static SoapResponseReader<Instant> currentTime() {
        return reader -> {
            Instant time = null;
            while (StaxReading.nextChild(reader)) {
                if (reader.getLocalName().equals("returnval")) {
                    time = UserSessionReader.dateTime(StaxReading.text(reader).strip());
                } else {
                    StaxReading.skipElement(reader);
                }
            }
            if (time == null) {
                throw new XMLStreamException("CurrentTime answered without a time");
            }
            return time;
        };
    }

    /**
     * {@code RetrievePropertiesExResponse/returnval/objects/propSet[name=currentSession]/val}; empty when the
     * server leaves the property unset, which is what it does for a session that is not logged in.
     */
    static SoapResponseReader<Optional<UserSession>> currentSession() {
        return reader -> {
            UserSession found = null;
            while (StaxReading.nextChild(reader)) {
                found = descend(reader, found, "returnval");
            }
            return Optional.ofNullable(found);
        };
    }

    private static UserSession descend(XMLStreamReader reader, UserSession found, String expected)
            throws XMLStreamException {
        if (!reader.getLocalName().equals(expected)) {
            StaxReading.skipElement(reader);
            return found;
        }
        UserSession result = found;
        while (StaxReading.nextChild(reader)) {
            switch (expected) {
                case "returnval" -> result = descend(reader, result, "objects");
                case "objects" -> result = descend(reader, result, "propSet");
                case "propSet" -> {
                    if (reader.getLocalName().equals("val")) {
                        result = UserSessionReader.read(reader);
                    } else {
                        StaxReading.skipElement(reader);
                    }
                }
                default -> StaxReading.skipElement(reader);
            }
        }
        return result;
    }
}
