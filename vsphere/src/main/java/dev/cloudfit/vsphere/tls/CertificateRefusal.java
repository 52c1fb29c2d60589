package dev.cloudfit.vsphere.tls;

import java.security.cert.CertificateException;

/**
 * Our trust managers' "no": carries the presented certificate's SHA-256 thumbprint through the
 * JDK's TLS stack (which wraps it in an {@link javax.net.ssl.SSLHandshakeException}), so that
 * {@link VcenterTls#refusal} can tell the user exactly what to pin.
 */
final class CertificateRefusal extends CertificateException {

    private final Thumbprint presented;
    private final boolean pinMismatch;

    CertificateRefusal(String reason, Thumbprint presented, boolean pinMismatch, Throwable cause) {
        super(reason, cause);
        this.presented = presented;
        this.pinMismatch = pinMismatch;
    }

    Thumbprint presented() {
        return presented;
    }

    boolean pinMismatch() {
        return pinMismatch;
    }
}
