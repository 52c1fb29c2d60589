package dev.cloudfit.vsphere.tls;

import dev.cloudfit.core.error.BadInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate thumbprint: the digest of the certificate's DER encoding, in vSphere's notation
 * {@code AA:BB:...} (upper-case hex pairs joined by colons).
 *
 * @param algorithm SHA-1 or SHA-256
 * @param hex the digest as upper-case hex pairs joined by colons
 */
public record Thumbprint(ThumbprintAlgorithm algorithm, String hex) {

    private static final HexFormat COLONS = HexFormat.ofDelimiter(":").withUpperCase();

    public Thumbprint {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(hex, "hex");
        if (!hex.equals(COLONS.formatHex(COLONS.parseHex(hex))) || COLONS.parseHex(hex).length != algorithm.length()) {
            throw new IllegalArgumentException("not a " + algorithm.jcaName() + " thumbprint: " + hex);
        }
    }

    /**
     * Reads a thumbprint as users copy it: pairs separated by colons, or plain hex, either case,
     * surrounding blanks ignored, optionally prefixed {@code sha256:}/{@code sha1:}. The length
     * tells the algorithm: 20 bytes SHA-1, 32 bytes SHA-256.
     *
     * @param text the thumbprint
     * @return the thumbprint
     * @throws BadInputException when the text is not 20 or 32 hex bytes
     */
    public static Thumbprint parse(String text) {
        Objects.requireNonNull(text, "text");
        String digits = text.strip().toLowerCase(Locale.ROOT);
        if (digits.startsWith("sha256:") || digits.startsWith("sha1:")) {
            digits = digits.substring(digits.indexOf(':') + 1);
        }
        digits = digits.replace(":", "");
        if (!digits.matches("[0-9a-f]+")) {
            throw invalid(text);
        }
        for (ThumbprintAlgorithm algorithm : ThumbprintAlgorithm.values()) {
            if (digits.length() == algorithm.length() * 2) {
                return new Thumbprint(algorithm, COLONS.formatHex(HexFormat.of().parseHex(digits)));
            }
        }
        throw invalid(text);
    }

    /**
     * @param algorithm the digest to take
     * @param certificate a certificate
     * @return the certificate's thumbprint
     */
    public static Thumbprint of(ThumbprintAlgorithm algorithm, X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm.jcaName()).digest(certificate.getEncoded());
            return new Thumbprint(algorithm, COLONS.formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm.jcaName() + " is part of every JDK", e);
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
    }

    /** @return whether this thumbprint is the given certificate's, in constant time */
    public boolean matches(X509Certificate certificate) {
        byte[] expected = COLONS.parseHex(hex);
        byte[] actual = COLONS.parseHex(of(algorithm, certificate).hex());
        return MessageDigest.isEqual(expected, actual);
    }

    /** @return the thumbprint as vSphere prints it, {@code AA:BB:...} */
    @Override
    public String toString() {
        return hex;
    }

    private static BadInputException invalid(String text) {
        return new BadInputException("not a certificate thumbprint: '" + text.strip()
                + "' (expected 32 hex pairs for SHA-256 or 20 for SHA-1, e.g. AA:BB:CC:...)");
    }
}
