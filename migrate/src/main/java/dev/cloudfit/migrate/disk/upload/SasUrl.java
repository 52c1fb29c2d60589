package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.BadInputException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * A blob's shared-access-signature URL, the only credential an upload has. Its query (the
 * signature) is a secret: {@link #toString()} and {@link #redacted()} print the URL without it,
 * and {@link #scrub(String)} removes it from any text before that text is shown. Only
 * {@link #withQuery(String)} builds the full URL, for the request itself.
 *
 * <p>HTTPS is required, except towards a loopback address (the Azurite emulator in tests).
 */
public final class SasUrl {

    private final URI base;     // scheme, authority and path: printable
    private final String query; // the signature: never printed

    private SasUrl(URI base, String query) {
        this.base = base;
        this.query = query;
    }

    /**
     * @param text the URL as Azure hands it out ({@code https://...blob.core.windows.net/c/b?sv=...&sig=...})
     * @param origin where the text came from, for the error message (e.g. "environment variable UPLOAD_SAS")
     * @throws BadInputException when it is not an absolute HTTPS URL with a path and a signature
     */
    public static SasUrl parse(String text, String origin) {
        String trimmed = text == null ? "" : text.strip();
        int q = trimmed.indexOf('?');
        String withoutQuery = q < 0 ? trimmed : trimmed.substring(0, q);
        String query = q < 0 ? "" : trimmed.substring(q + 1);
        URI base;
        try {
            base = new URI(withoutQuery);
        } catch (URISyntaxException e) {
            throw new BadInputException(origin + " does not hold a URL (" + e.getReason() + ")");
        }
        if (!base.isAbsolute() || base.getHost() == null || base.getRawPath() == null
                || base.getRawPath().length() < 2) {
            throw new BadInputException(origin + " does not hold a blob URL (https://ACCOUNT.blob.core.windows.net/CONTAINER/BLOB?SAS)");
        }
        String scheme = base.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(base.getHost()))) {
            throw new BadInputException(origin + ": " + base + " is not HTTPS; a SAS is only sent over TLS (plain HTTP only to a loopback emulator)");
        }
        if (!query.contains("sig=")) {
            throw new BadInputException(origin + ": " + base + " has no signature (sig=...) in its query: give the write SAS URL of the disk");
        }
        try {
            new URI(base + "?" + query);
        } catch (URISyntaxException e) {
            throw new BadInputException(origin + ": the query of the URL for " + base + " is not valid URL text");
        }
        return new SasUrl(base, query);
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return false; // a name: never resolve it to decide
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** @return the URL without its query: safe to print */
    public String redacted() {
        return base.toString();
    }

    /** @return the full request URL: the SAS query, then {@code extra} (e.g. {@code comp=page}) when not empty */
    URI withQuery(String extra) {
        String q = extra.isEmpty() ? query : query + "&" + extra;
        return URI.create(base + "?" + q);
    }

    /** @return {@code text} with the signature query replaced by {@code ?<SAS>} wherever it appears */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replace(query, "<SAS>");
        int sig = out.indexOf("sig=");
        while (sig >= 0) { // a fragment of the query on its own (e.g. re-encoded by a library)
            int end = sig + 4;
            while (end < out.length() && "&\" \n\r\t<>".indexOf(out.charAt(end)) < 0) {
                end++;
            }
            out = out.substring(0, sig) + "sig=<SAS>" + out.substring(end);
            sig = out.indexOf("sig=", sig + 9);
        }
        return out;
    }

    /** The URL without its query. */
    @Override
    public String toString() {
        return redacted();
    }
}
