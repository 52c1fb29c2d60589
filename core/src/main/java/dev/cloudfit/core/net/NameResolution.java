package dev.cloudfit.core.net;

import dev.cloudfit.core.error.ExternalSystemException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/**
 * A host name that does not resolve is not worth retrying: offline, or a wrong name, it fails the same way in a
 * minute. Clients check it once, before their first call, or recognise it in a failure, and say so in one line
 * instead of blaming the credentials or retrying for a minute.
 */
public final class NameResolution {

    private NameResolution() {
    }

    /**
     * Resolves {@code host} once (an IP literal needs no lookup).
     *
     * @param what what the host is, for the message ("the Azure Retail Prices API")
     * @throws ExternalSystemException (exit 3) when the name does not resolve
     */
    public static void require(String host, String what) {
        try {
            InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw unresolved(host, what, e);
        }
    }

    /** The one-line failure for a host that does not resolve. */
    public static ExternalSystemException unresolved(String host, String what, Throwable cause) {
        return new ExternalSystemException("cannot resolve the host name " + host + " of " + what
                + ": name resolution (DNS) failed. Check the network connection and the name; nothing was sent", cause);
    }

    /** Whether a failure's cause chain says a host name did not resolve. */
    public static boolean isUnresolved(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}
