package dev.cloudfit.reports.plan.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;

/**
 * Names a public key the way OpenSSH does: {@code SHA256:} and the unpadded Base64 of the SHA-256
 * of the key's X.509 encoding. Shown on the Assumptions sheet and in every signature error.
 */
public record KeyFingerprint(String value) {

    private static final String PREFIX = "SHA256:";

    public KeyFingerprint {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || value.length() != PREFIX.length() + 43) {
            throw new IllegalArgumentException("not a key fingerprint: " + value);
        }
    }

    public static KeyFingerprint of(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return new KeyFingerprint(PREFIX + Base64.getEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The fingerprint as written in a workbook, or empty when the text is not one. */
    public static java.util.Optional<KeyFingerprint> parse(String text) {
        try {
            return java.util.Optional.of(new KeyFingerprint(text == null ? "" : text.trim()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
