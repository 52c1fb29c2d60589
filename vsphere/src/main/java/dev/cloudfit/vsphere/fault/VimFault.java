package dev.cloudfit.vsphere.fault;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A vim25 fault as the server sent it in a SOAP fault: the fault type (the {@code xsi:type} of the
 * detail, e.g. {@code InvalidLogin}, without the {@code Fault} element suffix), the fault string,
 * and the detail's simple fields (e.g. {@code invalidProperty}, {@code obj}). References in the
 * detail are kept as {@code Type:value}.
 *
 * @param name the fault type, e.g. {@code NotAuthenticated}
 * @param message the server's fault string; may be empty (vCenter often leaves it blank)
 * @param details the detail's simple fields by element name, sorted
 */
public record VimFault(String name, String message, Map<String, String> details) {

    public VimFault {
        Objects.requireNonNull(name, "name");
        message = message == null ? "" : message;
        details = Collections.unmodifiableMap(new TreeMap<>(details));
    }

    /** @return the detail field, or null when the fault did not carry it */
    public String detail(String field) {
        return details.get(field);
    }

    /** @return {@code InvalidLogin: Cannot complete login...}, or the name alone without a message */
    public String describe() {
        StringBuilder s = new StringBuilder(name);
        if (!message.isBlank()) {
            s.append(": ").append(message.strip());
        }
        if (!details.isEmpty()) {
            s.append(' ').append(details);
        }
        return s.toString();
    }
}
