package dev.cloudfit.vsphere.soap;

import com.ctc.wstx.exc.WstxLazyException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.fault.VimFault;
import dev.cloudfit.vsphere.fault.VimFaults;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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

    private static final int DRAIN_LIMIT = 64 * 1024;
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
            ForeignAnswers.requireSoap(endpoint, request.methodName(), response, body);
            try {
                return readEnvelope(request, body, reader);
            } catch (WstxLazyException lazy) {
                // Woodstox parses text lazily and reports a bad character (a NUL) there, unchecked
                throw lazy.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(lazy.getMessage());
            } finally {
                drain(body);
            }
        } catch (XMLStreamException | IOException e) {
            if (expired.get()) {
                throw new ExternalSystemException("vCenter " + what + " did not finish its answer within "
                        + settings.requestTimeout().toSeconds() + " s", e);
            }
            Optional<ExternalSystemException> lost = SendFailures.lostConnection(what, e);
            if (lost.isPresent()) {
                throw lost.get(); // the XML reader wraps a reset read as an XMLStreamException
            }
            if (e instanceof XMLStreamException) {
                throw new ExternalSystemException("vCenter " + what + " answered with malformed XML: "
                        + FaultText.parserMessage(e.getMessage(), request.secrets(), FaultText.MAX_MESSAGE), e);
            }
            throw new ExternalSystemException("reading the answer of vCenter " + what + " failed: " + SendFailures.reason(e), e);
        } finally {
            watchdog.cancel(false);
        }
    }

    private HttpResponse<InputStream> send(SoapRequest request, HttpRequest httpRequest) {
        String what = endpoint + " (" + request.methodName() + ")";
        try {
            return http.send(httpRequest, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw SendFailures.translate(endpoint, request.methodName(), settings, e);
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
            VimFault fault = FaultText.clean(SoapFaultReader.read(xml), request);
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

    /**
     * Reads what follows the envelope (usually nothing, or a newline) so that the JDK sees the
     * body end and pools the connection. Closing a body that has not reached its end cancels the
     * exchange, and on JDK 17 that can close a connection already handed to a concurrent call
     * ("connection closed locally"); seen with 8 threads on one transport. A server that sends
     * more than {@value #DRAIN_LIMIT} bytes after the envelope loses its connection instead.
     */
    private static void drain(InputStream body) {
        try {
            long skipped = 0;
            while (skipped < DRAIN_LIMIT && body.read() >= 0) {
                skipped++;
                skipped += body.skip(DRAIN_LIMIT - skipped);
            }
        } catch (IOException ignored) {
            // the body is closed next anyway
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // the call fails with a timeout either way
        }
    }

    @Override
    public String toString() {
        return "SoapTransport[" + endpoint + ", vim25/" + apiVersion + "]"; // never the cookie
    }
}
