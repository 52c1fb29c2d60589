package dev.cloudfit.vsphere.session;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in session as the server describes it ({@code Login}'s result, or
 * {@code SessionManager.currentSession}).
 *
 * <p>The {@link #key()} identifies the session to {@code TerminateSession}; it is not the cookie,
 * but {@link #toString()} leaves it out anyway.
 *
 * @param key the session id
 * @param userName the user, as the server normalised it (e.g. {@code VSPHERE.LOCAL\admin})
 * @param fullName the user's display name; may be empty
 * @param loginTime when the session logged in
 * @param lastActiveTime when the session last made a call
 * @param locale the session's locale, e.g. {@code en}
 */
public record UserSession(String key, String userName, String fullName, Instant loginTime, Instant lastActiveTime,
                          String locale) {

    public UserSession {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(loginTime, "loginTime");
        Objects.requireNonNull(lastActiveTime, "lastActiveTime");
        Objects.requireNonNull(locale, "locale");
    }

    @Override
    public String toString() {
        return "UserSession[userName=" + userName + ", loginTime=" + loginTime + ", lastActiveTime=" + lastActiveTime
                + ", locale=" + locale + "]";
    }
}
