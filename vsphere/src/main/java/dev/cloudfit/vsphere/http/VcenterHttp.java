package dev.cloudfit.vsphere.http;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.SessionCookie;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.tls.UntrustedCertificateException;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.Optional;

/**
 * GET and HEAD on vCenter URLs outside {@code /sdk}, sending the session's {@code vmware_soap_session}
 * cookie. Trust is the {@link VcenterTls} the session was opened with (a pinned thumbprint pins these
 * requests too). The request timeout bounds the wait for the answer's headers; a body is streamed for
 * as long as bytes keep coming: a read that waits longer than the request timeout fails.
 */
public final class VcenterHttp {

    private final VcenterSession session;
    private final TransportSettings settings;
    private final HttpClient http;

    /**
     * @param session the logged-in session whose cookie authenticates the requests
     * @param tls the trust the session's transport was opened with
     * @param settings connect and request timeouts
     */
    public VcenterHttp(VcenterSession session, VcenterTls tls, TransportSettings settings) {
        this.session = Objects.requireNonNull(session, "session");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.http = HttpClient.newBuilder()
                .sslContext(tls.sslContext())
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * @param tls another trust, e.g. the pinned thumbprint an export lease gives for a host other than vCenter
     * @return access with the same session and timeouts
     */
    public VcenterHttp withTls(VcenterTls tls) {
        return new VcenterHttp(session, tls, settings);
    }

    /** @return the session whose cookie is sent */
    public VcenterSession session() {
        return session;
    }

    /**
     * Sends a GET and returns the answer with its body still streaming; the caller closes the body.
     *
     * @param url where
     * @param what names the resource in messages, e.g. "the disk URL of export lease session[...]"
     */
    public HttpAnswer get(URI url, String what) {
        return streaming(send(request(url).GET().build(), HttpResponse.BodyHandlers.ofInputStream(), what));
    }

    /**
     * Sends a ranged GET ({@code Range: bytes=first-last}) and returns the answer with its body still
     * streaming; the caller closes the body and checks the status (206, or 200 for a whole small file).
     *
     * @param firstByte the first byte wanted
     * @param lastByte the last byte wanted, inclusive
     */
    public HttpAnswer getRange(URI url, long firstByte, long lastByte, String what) {
        if (firstByte < 0 || lastByte < firstByte) {
            throw new IllegalArgumentException("not a byte range: " + firstByte + "-" + lastByte);
        }
        HttpRequest.Builder request = request(url).GET().header("Range", "bytes=" + firstByte + "-" + lastByte);
        return streaming(send(request.build(), HttpResponse.BodyHandlers.ofInputStream(), what));
    }

    private HttpAnswer streaming(HttpResponse<InputStream> response) {
        return new HttpAnswer(response.statusCode(), response.headers(),
                new StallGuard(response.body(), settings.requestTimeout()));
    }

    /** Sends a HEAD and returns the answer (no body). */
    public HttpResponse<Void> head(URI url, String what) {
        return send(request(url).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding(), what);
    }

    /** @return a message fragment for a refused answer: status and, for small text bodies, their start */
    public static String describe(HttpAnswer response) {
        String start = "";
        try (InputStream body = response.body()) {
            byte[] bytes = body.readNBytes(200);
            start = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            // the status says enough
        }
        return "HTTP " + response.statusCode() + (start.isEmpty() ? "" : " (" + start.replaceAll("\\s+", " ") + ")");
    }

    private HttpRequest.Builder request(URI url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url).timeout(settings.requestTimeout());
        Optional<SessionCookie> cookie = session.transport().sessionCookie();
        cookie.ifPresent(c -> builder.header("Cookie", SessionCookie.NAME + "=" + c.value()));
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body, String what) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            Optional<UntrustedCertificateException> refused =
                    VcenterTls.refusal(request.uri().getHost() + ":" + port(request.uri()), e);
            if (refused.isPresent()) {
                throw refused.get();
            }
            throw new ExternalSystemException("cannot read " + what + " from " + request.uri().getHost() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while reading " + what, e);
        }
    }

    private static int port(URI uri) {
        return uri.getPort() < 0 ? 443 : uri.getPort();
    }

    @Override
    public String toString() {
        return "VcenterHttp[" + session.transport().endpoint() + "]";
    }
}
