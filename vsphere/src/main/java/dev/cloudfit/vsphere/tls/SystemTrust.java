package dev.cloudfit.vsphere.tls;

import java.net.Socket;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's default trust (the system trust store, chain, dates and host name as the JDK checks
 * them), with one addition: a refusal carries the presented certificate's SHA-256 thumbprint, so
 * the user can verify it and pin it.
 */
final class SystemTrust extends ServerOnlyTrustManager {

    private final X509ExtendedTrustManager delegate;

    private SystemTrust(X509ExtendedTrustManager delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** @return the JDK's default trust, as configured by {@code javax.net.ssl.trustStore} or the cacerts file */
    static SystemTrust load() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager extended) {
                    return new SystemTrust(extended);
                }
            }
            throw new IllegalStateException("the JDK offers no X.509 trust manager");
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("cannot load the system trust store", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            throw refusal(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            throw refusal(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            delegate.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            throw refusal(chain, e);
        }
    }

    private static CertificateException refusal(X509Certificate[] chain, CertificateException cause) {
        if (chain == null || chain.length == 0) {
            return cause;
        }
        return new CertificateRefusal("the system trust store does not trust the server's certificate ("
                + cause.getMessage() + ")", Thumbprint.of(ThumbprintAlgorithm.SHA_256, chain[0]), false, cause);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return delegate.getAcceptedIssuers();
    }
}
