package dev.cloudfit.vsphere.soap;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.fault.VimFault;
import dev.cloudfit.vsphere.fault.VimFaults;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Sends vim25 SOAP calls over {@code java.net.http} and streams each response through
 * {@link SecureXml} into a {@link SoapResponseReader}; it keeps the {@code vmware_soap_session}
 * cookie the server sets and sends it back.
 *
 * <p>Every way a call can go wrong ends as one of:
 * <ul>
 *   <li>a {@link dev.cloudfit.vsphere.fault.VimFaultException} subclass: the server answered with a SOAP fault;</li>
 *   <li>an {@link dev.cloudfit.vsphere.tls.UntrustedCertificateException} (exit 2): the certificate is not trusted;</li>
 *   <li>an {@link ExternalSystemException} (exit 3): unreachable, timed out, or an answer that is not vim25
 *       SOAP (an HTML page, a 404, another content type, malformed or {@linkplain UnsafeXmlException unsafe} XML).</li>
 * </ul>
 * Messages name the endpoint and the method, never the request body or the cookie.
 *
 * <p>Thread-safe: calls may run concurrently and share the session cookie.
 */
public final class SoapTransport {

    private static final int SNIPPET_BYTES = 200;
    /** Closes the body of answers that outlive the request timeout; one daemon thread for all transports. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cloudfit-soap-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final VcenterEndpoint endpoint;
    private final TransportSettings settings;
    private final HttpClient http;
    private final AtomicReference<SessionCookie> cookie = new AtomicReference<>();
    private volatile String apiVersion;

    private SoapTransport(VcenterEndpoint endpoint, TransportSettings settings, HttpClient http) {
        this.endpoint = endpoint;
        this.settings = settings;
        this.http = http;
        this.apiVersion = settings.initialApiVersion();
    }

    /**
     * @param endpoint the SDK URL
     * @param tls how to trust the server's certificate
     * @param settings timeouts and the initial API version
     * @return a transport; nothing is sent until the first call
     */
    public static SoapTransport open(VcenterEndpoint endpoint, VcenterTls tls, TransportSettings settings) {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(tls.sslContext())
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return new SoapTransport(Objects.requireNonNull(endpoint, "endpoint"), settings, http);
    }

    /** @return the SDK URL calls go to */
    public VcenterEndpoint endpoint() {
        return endpoint;
    }

    /** @return the vim25 version sent in {@code SOAPAction} */
    public String apiVersion() {
        return apiVersion;
    }

    /**
     * Switches the version sent in {@code SOAPAction}, typically to the server's
     * {@code about.apiVersion}, so that the server answers in its own full vocabulary.
     */
    public void useApiVersion(String version) {
        if (!ApiVersions.isVersion(version)) {
            throw new IllegalArgumentException("not a vim25 version: " + version);
        }
        this.apiVersion = version;
    }

    /** @return the session cookie the server set last, if any */
    public Optional<SessionCookie> sessionCookie() {
        return Optional.ofNullable(cookie.get());
    }

    /** Sends this cookie from now on (e.g. a session handed over from elsewhere). */
    public void useSessionCookie(SessionCookie value) {
        cookie.set(Objects.requireNonNull(value, "value"));
    }

    /** Stops sending a session cookie, e.g. before logging in again. */
    public void forgetSessionCookie() {
        cookie.set(null);
    }

    /**
     * Sends one call and reads its response while it streams in.
     *
     * @param request the call
     * @param reader reads the {@code <MethodResponse>} element
     * @return what the reader made of it
     */
    public <T> T call(SoapRequest request, SoapResponseReader<T> reader) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.sdkUrl())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Accept", "text/xml")
                .header("SOAPAction", "urn:vim25/" + apiVersion)
                .header("User-Agent", "cloudfit")
                .POST(HttpRequest.BodyPublishers.ofString(request.envelope(), StandardCharsets.UTF_8));
        SessionCookie current = cookie.get();
        if (current != null) {
            builder.header("Cookie", current.header());
        }
        long start = System.nanoTime();
        HttpResponse<InputStream> response = send(request, builder.build());
        rememberCookie(response.headers());
        InputStream body = response.body();
        AtomicBoolean expired = new AtomicBoolean();
        long remaining = Math.max(0, settings.requestTimeout().toNanos() - (System.nanoTime() - start));
        ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
            expired.set(true);
            closeQuietly(body); // unblocks a read stuck on a server that stalls mid-body
        }, remaining, TimeUnit.NANOSECONDS);
        String what = endpoint + " (" + request.methodName() + ")";
        try (body) {
            requireSoap(request, response, body);
            return readEnvelope(request, body, reader);
        } catch (XMLStreamException | IOException e) {
            if (expired.get()) {
                throw new ExternalSystemException("vCenter " + what + " did not finish its answer within "
                        + settings.requestTimeout().toSeconds() + " s", e);
            }
            if (e instanceof XMLStreamException) {
                throw new ExternalSystemException("vCenter " + what + " answered with malformed XML: " + e.getMessage(), e);
            }
            throw new ExternalSystemException("reading the answer of vCenter " + what + " failed: " + reason(e), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private HttpResponse<InputStream> send(SoapRequest request, HttpRequest httpRequest) {
        String what = endpoint + " (" + request.methodName() + ")";
        try {
            return http.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new ExternalSystemException("cannot connect to vCenter " + what + ": no connection within "
                    + settings.connectTimeout().toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw new ExternalSystemException("vCenter " + what + " did not answer within "
                    + settings.requestTimeout().toSeconds() + " s", e);
        } catch (SSLException e) {
            throw VcenterTls.refusal(endpoint.host() + ":" + endpoint.port(), e)
                    .<RuntimeException>map(refusal -> refusal)
                    .orElseGet(() -> new ExternalSystemException("TLS with vCenter " + what + " failed: " + e.getMessage(), e));
        } catch (IOException e) {
            if (hasCause(e, UnknownHostException.class) || hasCause(e, UnresolvedAddressException.class)) {
                throw new ExternalSystemException("cannot reach vCenter " + what + ": unknown host " + endpoint.host(), e);
            }
            if (e instanceof ConnectException) {
                String detail = firstMessage(e);
                throw new ExternalSystemException("cannot reach vCenter " + what + ": no connection to " + endpoint.host()
                        + ":" + endpoint.port() + (detail == null ? "" : " (" + detail + ")")
                        + "; check the address, and that nothing blocks port " + endpoint.port(), e);
            }
            Optional<? extends RuntimeException> refusal = VcenterTls.refusal(endpoint.host() + ":" + endpoint.port(), e);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            throw new ExternalSystemException("calling vCenter " + what + " failed: " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while calling vCenter " + what, e);
        }
    }

    private void rememberCookie(HttpHeaders headers) {
        for (String header : headers.allValues("Set-Cookie")) {
            String first = header.split(";", 2)[0].strip();
            int equals = first.indexOf('=');
            if (equals > 0 && first.substring(0, equals).strip().equals(SessionCookie.NAME)) {
                String value = first.substring(equals + 1).strip();
                if (value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2) {
                    value = value.substring(1, value.length() - 1);
                }
                cookie.set(new SessionCookie(value));
            }
        }
    }

    /** vim25 answers 200 with a result or 500 with a fault, always as XML; anything else is not a vCenter SDK. */
    private void requireSoap(SoapRequest request, HttpResponse<InputStream> response, InputStream body) throws IOException {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        boolean xml = isXml(contentType);
        if ((status == 200 || status == 500) && xml) {
            return;
        }
        String snippet = snippet(body);
        String problem = xml ? "HTTP " + status : "HTTP " + status + " with content type '"
                + (contentType.isEmpty() ? "none" : contentType) + "'";
        throw new ExternalSystemException(endpoint + " answered " + request.methodName() + " with " + problem
                + ", not vim25 SOAP: is this the SDK URL of a vCenter or ESXi host?"
                + (snippet.isEmpty() ? "" : " The answer begins: " + snippet));
    }

    private static boolean isXml(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("text/xml") || type.equals("application/xml") || type.equals("application/soap+xml");
    }

    /** @return the first bytes of a foreign answer, on one line, for a message a user can act on */
    private static String snippet(InputStream body) throws IOException {
        byte[] start = body.readNBytes(SNIPPET_BYTES);
        String text = new String(start, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return text.isEmpty() ? "" : "'" + text + (start.length == SNIPPET_BYTES ? "...'" : "'");
    }

    private <T> T readEnvelope(SoapRequest request, InputStream body, SoapResponseReader<T> reader)
            throws XMLStreamException {
        String what = endpoint + " (" + request.methodName() + ")";
        XMLStreamReader xml = null;
        try {
            xml = SecureXml.reader(body);
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Envelope")) {
                throw new ExternalSystemException("vCenter " + what + " answered with XML that is not a SOAP envelope: <"
                        + xml.getLocalName() + ">");
            }
            while (StaxReading.nextChild(xml)) {
                if (xml.getLocalName().equals("Body")) {
                    return readBody(request, xml, reader);
                }
                StaxReading.skipElement(xml); // a SOAP Header
            }
            throw new ExternalSystemException("vCenter " + what + " answered with a SOAP envelope without a body");
        } finally {
            close(xml);
        }
    }

    private <T> T readBody(SoapRequest request, XMLStreamReader xml, SoapResponseReader<T> reader)
            throws XMLStreamException {
        String what = endpoint + " (" + request.methodName() + ")";
        if (!StaxReading.nextChild(xml)) {
            throw new ExternalSystemException("vCenter " + what + " answered with an empty SOAP body");
        }
        if (xml.getLocalName().equals("Fault")) {
            VimFault fault = SoapFaultReader.read(xml);
            throw VimFaults.toException(request.methodName(), fault);
        }
        String expected = request.methodName() + "Response";
        if (!xml.getLocalName().equals(expected)) {
            throw new ExternalSystemException("vCenter " + what + " answered <" + xml.getLocalName() + "> where <"
                    + expected + "> belongs");
        }
        T value = reader.read(xml);
        if (xml.getEventType() != XMLStreamConstants.END_ELEMENT || !xml.getLocalName().equals(expected)) {
            throw new IllegalStateException("the reader for " + request.methodName()
                    + " did not stop at the end of the response element");
        }
        return value;
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // the underlying stream is closed by the caller; nothing else holds resources
            }
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the call fails with a timeout either way
        }
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return null;
    }

    private static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    @Override
    public String toString() {
        return "SoapTransport[" + endpoint + ", vim25/" + apiVersion + "]"; // never the cookie
    }
}
