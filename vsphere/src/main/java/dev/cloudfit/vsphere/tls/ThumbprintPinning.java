package dev.cloudfit.vsphere.tls;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import javax.net.ssl.SSLEngine;

/**
 * Trusts exactly one server certificate, named by its thumbprint, and nothing else.
 *
 * <p>The pin replaces chain validation <em>and</em> host name verification: vCenter's certificate
 * is often self-signed by its own VMCA, and issued for a name other than the one the collector
 * uses (an IP address, a short name, a load balancer). The user has compared the thumbprint with
 * the one vCenter shows, which identifies this exact certificate more strictly than a CA
 * signature plus a name would. govmomi's {@code SetThumbprint} behaves the same way. Validity dates
 * are not checked either: an expired VMCA certificate that the user pinned is still the one they
 * pinned.
 *
 * <p>Being an {@link X509ExtendedTrustManager}, it is what the JDK asks for the host check too,
 * so no other code path verifies the host name behind its back.
 */
final class ThumbprintPinning extends ServerOnlyTrustManager {

    private final Thumbprint pin;

    ThumbprintPinning(Thumbprint pin) {
        this.pin = Objects.requireNonNull(pin, "pin");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server presented no certificate");
        }
        if (!pin.matches(chain[0])) {
            throw new CertificateRefusal("the server's certificate does not match the pinned " + pin.algorithm().jcaName()
                    + " thumbprint", Thumbprint.of(ThumbprintAlgorithm.SHA_256, chain[0]), true, null);
        }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
