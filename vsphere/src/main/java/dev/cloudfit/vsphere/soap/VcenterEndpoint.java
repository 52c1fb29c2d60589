package dev.cloudfit.vsphere.soap;

import dev.cloudfit.core.error.BadInputException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * Where the vim25 SDK of a vCenter (or ESXi host) listens: always HTTPS, path {@code /sdk}.
 * Users type a host name, {@code host:port}, or a full URL; all become {@code https://host[:port]/sdk}.
 *
 * @param sdkUrl the SOAP endpoint
 */
public record VcenterEndpoint(URI sdkUrl) {

    public VcenterEndpoint {
        Objects.requireNonNull(sdkUrl, "sdkUrl");
        if (!"https".equals(sdkUrl.getScheme()) || sdkUrl.getHost() == null) {
            throw new BadInputException("a vCenter SDK URL must be https://host[:port]/sdk: " + sdkUrl);
        }
    }

    /**
     * @param vcenter {@code vc.example.com}, {@code vc.example.com:8443}, {@code https://vc.example.com}
     *                or {@code https://vc.example.com/sdk}
     * @return the endpoint
     * @throws BadInputException (exit 2) when the text is not a host name or an https URL (plain http is refused),
     *     carries credentials ({@code user:password@}: refused, and never repeated in the message), or a port
     *     outside 1–65535
     */
    public static VcenterEndpoint parse(String vcenter) {
        Objects.requireNonNull(vcenter, "vcenter");
        String text = vcenter.strip();
        if (text.isEmpty()) {
            throw new BadInputException("the vCenter address is empty");
        }
        String shown = withoutUserInfo(text);
        if (!shown.equals(text)) {
            throw new BadInputException("the vCenter address " + shown + " carries a user name or password: give"
                    + " the address alone, the user with --user and the password in an environment variable");
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new BadInputException("not a vCenter address: '" + shown + "' (" + e.getReason() + ")");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new BadInputException("vCenter is reached over https only, not " + uri.getScheme() + ": " + shown);
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new BadInputException("not a vCenter address (expected host, host:port or https://host[:port][/sdk]): "
                    + shown);
        }
        if (uri.getPort() == 0 || uri.getPort() > 65_535) {
            throw new BadInputException("not a vCenter address: port " + uri.getPort() + " in '" + shown
                    + "' is outside 1-65535");
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/") ? "/sdk" : uri.getPath();
        try {
            return new VcenterEndpoint(new URI("https", null, uri.getHost(), uri.getPort(), path, null, null));
        } catch (URISyntaxException e) {
            throw new BadInputException("not a vCenter address: '" + shown + "' (" + e.getReason() + ")");
        }
    }

    /**
     * The address with anything before an {@code @} in its authority replaced by {@code ***}, so a password typed
     * into a URL never reaches a message or a log.
     */
    static String withoutUserInfo(String text) {
        int start = text.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = text.length();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int at = text.lastIndexOf('@', end - 1);
        if (at < start) {
            return text;
        }
        return text.substring(0, start) + "***" + text.substring(at);
    }

    /** @return the host name or address, as typed */
    public String host() {
        return sdkUrl.getHost();
    }

    /** @return the port, 443 when none was given */
    public int port() {
        return sdkUrl.getPort() < 0 ? 443 : sdkUrl.getPort();
    }

    /** @return {@code https://host[:port]}, the base of the REST endpoints on the same server */
    public URI baseUrl() {
        return sdkUrl.resolve("/");
    }

    @Override
    public String toString() {
        return sdkUrl.toString();
    }
}
