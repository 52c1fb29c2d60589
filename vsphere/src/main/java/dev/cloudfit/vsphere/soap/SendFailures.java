package dev.cloudfit.vsphere.soap;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Words the ways sending a call can fail before any answer arrives, for the user: unknown host,
 * refused connection, connect or request timeout, an untrusted certificate, other TLS or I/O errors.
 * The JDK's HTTP client often throws these without a message, hence the care. Public because the
 * vSphere Automation REST client ({@code dev.cloudfit.vsphere.tags}) reaches the same server and
 * words its failures the same way.
 */
public final class SendFailures {

    private SendFailures() {
    }

    /**
     * @return an {@link dev.cloudfit.vsphere.tls.UntrustedCertificateException} (exit 2) for a refused
     *         certificate, else an {@link ExternalSystemException} (exit 3)
     */
    public static RuntimeException translate(VcenterEndpoint endpoint, String method, TransportSettings settings,
                                      IOException failure) {
        String what = endpoint + " (" + method + ")";
        String server = endpoint.host() + ":" + endpoint.port();
        if (failure instanceof HttpConnectTimeoutException) {
            return new ExternalSystemException("cannot connect to vCenter " + what + ": no connection within "
                    + settings.connectTimeout().toSeconds() + " s", failure);
        }
        if (failure instanceof HttpTimeoutException) {
            return new ExternalSystemException("vCenter " + what + " did not answer within "
                    + settings.requestTimeout().toSeconds() + " s", failure);
        }
        Optional<? extends RuntimeException> refusal = VcenterTls.refusal(server, failure);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (hasCause(failure, UnknownHostException.class) || hasCause(failure, UnresolvedAddressException.class)) {
            return new ExternalSystemException("cannot reach vCenter " + what + ": unknown host " + endpoint.host(), failure);
        }
        if (failure instanceof ConnectException) {
            String detail = firstMessage(failure);
            return new ExternalSystemException("cannot reach vCenter " + what + ": no connection to " + server
                    + (detail == null ? "" : " (" + detail + ")")
                    + "; check the address, and that nothing blocks port " + endpoint.port(), failure);
        }
        Optional<ExternalSystemException> lost = lostConnection(what, failure);
        if (lost.isPresent()) {
            return lost.get();
        }
        if (failure instanceof SSLException) {
            return new ExternalSystemException("TLS with vCenter " + what + " failed: " + reason(failure), failure);
        }
        return new ExternalSystemException("calling vCenter " + what + " failed: " + reason(failure), failure);
    }

    /** @return the innermost message, or the innermost exception's class name when it has none */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    private static String firstMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return null;
    }

    /**
     * A connection that was open and went away (reset, closed, an answer cut off), whether before the
     * answer's headers or while its body was read.
     *
     * @param what the endpoint and method, as in the other messages
     * @return the worded failure, or empty when the connection was not lost
     */
    static Optional<ExternalSystemException> lostConnection(String what, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof EOFException || message.contains("connection reset")
                    || message.contains("connection closed") || message.contains("received no bytes")
                    || message.contains("broken pipe")) {
                return Optional.of(new ExternalSystemException("lost the connection to vCenter " + what + " ("
                        + reason(failure) + "); vCenter stopped or restarted, or something between closed the connection",
                        failure));
            }
        }
        return Optional.empty();
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
