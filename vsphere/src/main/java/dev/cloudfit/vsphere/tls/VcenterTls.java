package dev.cloudfit.vsphere.tls;

import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * How the client decides to trust a vCenter's certificate: the system trust store (the default),
 * or one pinned certificate thumbprint. There is deliberately no "trust all".
 *
 * <ul>
 *   <li>{@link #systemTrust()}: the JDK's trust store, chain and host name checks. Use it when
 *       vCenter's certificate is signed by a CA the machine trusts.</li>
 *   <li>{@link #pinned(Thumbprint)}: exactly the certificate with that SHA-256 or SHA-1 thumbprint;
 *       the pin replaces chain and host name checks (see {@link ThumbprintPinning} for why).</li>
 * </ul>
 *
 * Either way, a refused certificate becomes an {@link UntrustedCertificateException} that prints
 * the server's SHA-256 thumbprint.
 */
public final class VcenterTls {

    private final Thumbprint pin;

    private VcenterTls(Thumbprint pin) {
        this.pin = pin;
    }

    /** @return trust as the system trust store says */
    public static VcenterTls systemTrust() {
        return new VcenterTls(null);
    }

    /** @return trust in the one certificate with this thumbprint */
    public static VcenterTls pinned(Thumbprint thumbprint) {
        return new VcenterTls(Objects.requireNonNull(thumbprint, "thumbprint"));
    }

    /** @return the pin, empty with system trust */
    public Optional<Thumbprint> pin() {
        return Optional.ofNullable(pin);
    }

    /** @return a fresh TLS context with this trust decision */
    public SSLContext sslContext() {
        TrustManager trust = pin == null ? SystemTrust.load() : new ThumbprintPinning(pin);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (NoSuchAlgorithmException | KeyManagementException e) {
            throw new IllegalStateException("the JDK cannot build a TLS context", e);
        }
    }

    /**
     * Recognises our trust managers' refusal inside a TLS failure and words it for the user.
     *
     * @param server what we tried to reach, for the message (e.g. {@code vc.example.com:443})
     * @param failure the exception the HTTP client threw
     * @return the user-facing refusal, or empty when the failure was not a certificate refusal
     */
    public static Optional<UntrustedCertificateException> refusal(String server, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateRefusal refusal) {
                String thumbprint = refusal.presented().hex();
                String message = refusal.pinMismatch()
                        ? "the certificate of " + server + " does not match the pinned thumbprint; it presents SHA-256 "
                                + thumbprint + ". If the vCenter administrator confirms this certificate was replaced,"
                                + " pin the new thumbprint with --thumbprint"
                        : "the certificate of " + server + " is not trusted by this machine's trust store; it presents"
                                + " SHA-256 " + thumbprint + ". Check this thumbprint with the vCenter administrator,"
                                + " then pass --thumbprint " + thumbprint;
                return Optional.of(new UntrustedCertificateException(message, refusal.presented(), failure));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return pin == null ? "VcenterTls[system trust]" : "VcenterTls[pinned " + pin.algorithm().jcaName() + " " + pin + "]";
    }
}
