package dev.cloudfit.vsphere.session;

import java.util.Objects;

/**
 * A vCenter user name and password. The password comes from an environment variable or a prompt,
 * never a command-line argument; {@link #toString()} never shows it.
 *
 * @param username e.g. {@code administrator@vsphere.local}
 * @param password the password
 */
public record Credentials(String username, String password) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank()) {
            throw new IllegalArgumentException("the vCenter user name is empty");
        }
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=redacted]";
    }
}
