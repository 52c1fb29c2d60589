package dev.cloudfit.vsphere.soap;

import java.util.Objects;

/**
 * The {@code vmware_soap_session} cookie that binds calls to a login. It is a bearer secret:
 * whoever holds it acts as the user, so {@link #toString()} never shows it.
 *
 * @param value the cookie value, as the server set it
 */
public record SessionCookie(String value) {

    /** The cookie name vCenter and ESXi use for vim25 sessions. */
    public static final String NAME = "vmware_soap_session";

    public SessionCookie {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.chars().anyMatch(c -> c <= 0x20 || c == ';' || c == ',' || c >= 0x7F)) {
            throw new IllegalArgumentException("not a valid session cookie value");
        }
    }

    /** @return the {@code Cookie} request header value; a secret, never log it */
    String header() {
        return NAME + "=" + value;
    }

    @Override
    public String toString() {
        return "SessionCookie[redacted]";
    }
}
