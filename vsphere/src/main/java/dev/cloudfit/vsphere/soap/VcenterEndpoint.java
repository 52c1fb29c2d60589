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
     * @throws BadInputException when the text is not a host name or an https URL (plain http is refused)
     */
    public static VcenterEndpoint parse(String vcenter) {
        Objects.requireNonNull(vcenter, "vcenter");
        String text = vcenter.strip();
        if (text.isEmpty()) {
            throw new BadInputException("the vCenter address is empty");
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new BadInputException("not a vCenter address: '" + vcenter + "' (" + e.getReason() + ")");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new BadInputException("vCenter is reached over https only, not " + uri.getScheme() + ": " + vcenter);
        }
        if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new BadInputException("not a vCenter address (expected host, host:port or https://host[:port][/sdk]): "
                    + vcenter);
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/") ? "/sdk" : uri.getPath();
        try {
            return new VcenterEndpoint(new URI("https", null, uri.getHost(), uri.getPort(), path, null, null));
        } catch (URISyntaxException e) {
            throw new BadInputException("not a vCenter address: '" + vcenter + "' (" + e.getReason() + ")");
        }
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
