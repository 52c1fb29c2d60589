package dev.cloudfit.migrate.cli;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A Resource Manager stand-in reached with {@code --arm-endpoint} and {@code --arm-certificate}:
 * its certificate is the only trust anchor, and the bearer token comes from the environment
 * variable {@value #TOKEN_VARIABLE}, never from an argument.
 */
final class PinnedArm {

    static final String TOKEN_VARIABLE = "CLOUDFIT_ARM_TOKEN";

    private PinnedArm() {
    }

    /** @return a TLS context trusting only the PEM certificate in {@code pem} */
    static SSLContext trusting(Path pem) {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(pem)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(pem), "--arm-certificate: cannot read: " + e.getMessage(), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new BadInputException(InputLocation.of(pem), "--arm-certificate: not an X.509 certificate in PEM", e);
        }
        try {
            KeyStore anchors = KeyStore.getInstance("PKCS12");
            anchors.load(null, null);
            anchors.setCertificateEntry("arm", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a TLS context for " + pem, e);
        }
    }

    /** @return the token from {@value #TOKEN_VARIABLE} */
    static String token() {
        String token = System.getenv(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new BadInputException("--arm-certificate needs the stand-in's access token in the environment variable "
                    + TOKEN_VARIABLE);
        }
        return token;
    }
}
