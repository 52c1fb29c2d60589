package dev.cloudfit.vsphere.tls;

import dev.cloudfit.core.error.BadInputException;

/**
 * The server's certificate is not trusted: unknown to the system trust store, or not the pinned
 * one. Exit code 2: the fix is the user's (verify the thumbprint with the vCenter administrator,
 * then pass it with {@code --thumbprint}). The message prints the server's SHA-256 thumbprint.
 */
public class UntrustedCertificateException extends BadInputException {

    private final Thumbprint presented;

    UntrustedCertificateException(String message, Thumbprint presented, Throwable cause) {
        super(null, message, cause);
        this.presented = presented;
    }

    /** @return the SHA-256 thumbprint of the certificate the server presented */
    public Thumbprint presented() {
        return presented;
    }
}
