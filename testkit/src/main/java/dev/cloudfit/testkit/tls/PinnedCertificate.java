package dev.cloudfit.testkit.tls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * One server certificate that a client trusts, and nothing else: the {@link #sslContext()} has
 * this certificate as its only trust anchor, so the JDK still checks the chain, the validity
 * dates and the host name, but accepts no other server.
 *
 * <p>Thumbprints are in vSphere's notation (upper-case hex pairs joined by colons), which is what
 * {@code govc}, the vSphere client and cloudfit's {@code --thumbprint} option use.
 *
 * @param certificate the server's certificate
 */
public record PinnedCertificate(X509Certificate certificate) {

    public PinnedCertificate {
        Objects.requireNonNull(certificate, "certificate");
    }

    /**
     * @param pem a file holding one PEM-encoded X.509 certificate
     * @return the certificate in it
     */
    public static PinnedCertificate readPem(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            return new PinnedCertificate(
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the certificate " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate in PEM: " + pem, e);
        }
    }

    /** @return a TLS context whose only trust anchor is this certificate */
    public SSLContext sslContext() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("pinned", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS context trusting " + subject(), e);
        }
    }

    /** @return the SHA-256 thumbprint, e.g. {@code "3F:A0:...:9B"} (32 pairs) */
    public String sha256Thumbprint() {
        return thumbprint("SHA-256");
    }

    /** @return the SHA-1 thumbprint (20 pairs): what older vCenter APIs and ESXi still show */
    public String sha1Thumbprint() {
        return thumbprint("SHA-1");
    }

    /** @return the certificate in PEM form */
    public String pem() {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der())
                + "\n-----END CERTIFICATE-----\n";
    }

    private String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    private byte[] der() {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode " + subject(), e);
        }
    }

    private String thumbprint(String algorithm) {
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(der());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
