package dev.cloudfit.vsphere.tags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.soap.SendFailures;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * A logged-in session of the vSphere Automation REST API ({@code /rest}), over {@code java.net.http}
 * with the same {@link VcenterTls} as the SOAP client, so a pinned thumbprint pins both.
 *
 * <p><b>Login.</b> {@code POST /rest/com/vmware/cis/session} with HTTP basic authentication answers
 * a token, sent back as the {@code vmware-api-session-id} header on every call; {@link #close()}
 * deletes the session. The password lives in the {@link Credentials} and the one login request;
 * no message, log line or {@code toString} carries it or the token.
 *
 * <p><b>Lost sessions.</b> A call answered 401 logs in again and is sent once more (idle sessions
 * expire, like SOAP sessions); a second 401 propagates.
 *
 * <p><b>Errors.</b> A refused login is a {@link VapiLoginRefusedException} (exit 2); a vAPI error
 * answer a {@link VapiErrorException}; a server without the REST API (an ESXi host, a proxy page),
 * I/O failures and timeouts an {@link ExternalSystemException} (exit 3); an untrusted certificate
 * the same {@link dev.cloudfit.vsphere.tls.UntrustedCertificateException} as SOAP.
 *
 * <p>Thread-safe.
 */
public final class VapiSession implements AutoCloseable {

    /** The header that carries the session token. */
    public static final String SESSION_HEADER = "vmware-api-session-id";
    private static final String SESSION_PATH = "/com/vmware/cis/session";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VcenterEndpoint endpoint;
    private final TransportSettings settings;
    private final Credentials credentials;
    private final HttpClient http;
    private final Object loginLock = new Object();
    private volatile String token;
    private volatile long generation;
    private volatile int relogins;
    private volatile boolean closed;

    private VapiSession(VcenterEndpoint endpoint, TransportSettings settings, Credentials credentials, HttpClient http) {
        this.endpoint = endpoint;
        this.settings = settings;
        this.credentials = credentials;
        this.http = http;
    }

    /**
     * Logs in to the REST API of the server behind {@code endpoint}.
     *
     * @param endpoint the vCenter (its SDK URL; the REST API is at the same host and port)
     * @param tls the same trust decision as the SOAP session
     * @param settings connect and per-call timeouts
     * @param credentials user and password
     * @return the session
     */
    public static VapiSession login(VcenterEndpoint endpoint, VcenterTls tls, TransportSettings settings,
                                    Credentials credentials) {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(tls.sslContext())
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        VapiSession session = new VapiSession(Objects.requireNonNull(endpoint, "endpoint"), settings,
                Objects.requireNonNull(credentials, "credentials"), http);
        session.token = session.createSession();
        return session;
    }

    /** @return the server, for messages */
    public VcenterEndpoint endpoint() {
        return endpoint;
    }

    /** @return how many times a lost session was replaced */
    public int reloginCount() {
        return relogins;
    }

    /**
     * {@code GET /rest{path}}.
     *
     * @return the answer's {@code value}, or a missing node when the answer has none
     */
    public JsonNode get(String path) {
        return call("GET", path, null, null);
    }

    /**
     * {@code POST /rest{path}[?~action=action]} with a JSON body.
     *
     * @param action the vAPI action, e.g. {@code list-attached-objects}, or null
     * @param body what Jackson turns into the request body, or null for none
     * @return the answer's {@code value}, or a missing node when the answer has none
     */
    public JsonNode post(String path, String action, Object body) {
        return call("POST", path, action, body);
    }

    /** {@code DELETE /rest{path}}. */
    public void delete(String path) {
        call("DELETE", path, null, null);
    }

    /** Deletes the session on the server; an already expired session counts as closed. Safe to call twice. */
    @Override
    public void close() {
        synchronized (loginLock) {
            if (closed) {
                return;
            }
            closed = true;
            String current = token;
            token = null;
            if (current != null) {
                HttpResponse<byte[]> response = send(request("DELETE", SESSION_PATH, null, null).header(SESSION_HEADER,
                        current).build(), "DELETE " + SESSION_PATH);
                int status = response.statusCode();
                if (status != 200 && status != 204 && status != 401) {
                    throw failure("DELETE " + SESSION_PATH, response);
                }
            }
        }
    }

    private JsonNode call(String method, String path, String action, Object body) {
        if (closed) {
            throw new IllegalStateException("this REST session is closed");
        }
        long before = generation;
        HttpResponse<byte[]> response = sendWithToken(method, path, action, body);
        if (response.statusCode() == 401) {
            relogin(before);
            response = sendWithToken(method, path, action, body);
        }
        return value(method + " " + path, response);
    }

    private HttpResponse<byte[]> sendWithToken(String method, String path, String action, Object body) {
        HttpRequest.Builder builder = request(method, path, action, body);
        String current = token;
        if (current != null) {
            builder.header(SESSION_HEADER, current);
        }
        return send(builder.build(), method + " " + path);
    }

    private void relogin(long failedGeneration) {
        synchronized (loginLock) {
            if (closed) {
                throw new IllegalStateException("this REST session is closed");
            }
            if (generation != failedGeneration) {
                return; // another thread logged in again meanwhile
            }
            token = createSession();
            generation++;
            relogins++;
        }
    }

    private String createSession() {
        String basic = Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
        HttpRequest login = request("POST", SESSION_PATH, null, null).header("Authorization", "Basic " + basic).build();
        String what = "POST " + SESSION_PATH;
        HttpResponse<byte[]> response = send(login, what);
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new VapiLoginRefusedException(endpoint.host() + " refused the REST login of user '"
                    + credentials.username() + "' (HTTP " + response.statusCode() + "): wrong user name or password,"
                    + " or the user may not use the vSphere Automation API");
        }
        JsonNode value = value(what, response);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new ExternalSystemException(endpoint.baseUrl() + "rest" + SESSION_PATH
                    + " accepted the login but answered no session token");
        }
        return value.asText();
    }

    private HttpRequest.Builder request(String method, String path, String action, Object body) {
        String query = action == null ? "" : "?~action=" + URLEncoder.encode(action, StandardCharsets.UTF_8);
        URI uri = endpoint.baseUrl().resolve("/rest" + path + query);
        HttpRequest.BodyPublisher publisher;
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else {
            try {
                publisher = HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("cannot write a REST request body: " + e.getOriginalMessage(), e);
            }
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json")
                .header("User-Agent", "cloudfit")
                .method(method, publisher);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder;
    }

    private HttpResponse<byte[]> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw SendFailures.translate(endpoint, "REST " + what, settings, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while calling vCenter " + endpoint.host() + " (REST " + what + ")", e);
        }
    }

    /** The {@code value} of a successful JSON answer; anything else becomes the matching exception. */
    private JsonNode value(String what, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw failure(what, response);
        }
        byte[] body = response.body();
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        requireJson(what, response);
        try {
            JsonNode root = JSON.readTree(body);
            return root == null || !root.isObject() ? MissingNode.getInstance() : root.path("value");
        } catch (IOException e) {
            throw new ExternalSystemException("vCenter " + endpoint.host() + " answered REST " + what
                    + " with malformed JSON: " + SendFailures.reason(e), e);
        }
    }

    /**
     * vCenter labels its answers {@code application/json}; vcsim sends the same JSON as {@code text/plain}.
     * So the type is trusted when it says JSON, and otherwise the body must at least open a JSON object:
     * an HTML login page or a proxy's error text is refused with its first characters.
     */
    private void requireJson(String what, HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").split(";", 2)[0].strip()
                .toLowerCase(Locale.ROOT);
        if (type.equals("application/json") || opensObject(response.body())) {
            return;
        }
        throw new ExternalSystemException("vCenter " + endpoint.host() + " answered REST " + what + " with HTTP "
                + response.statusCode() + " and content type '" + (type.isEmpty() ? "none" : type)
                + "', not JSON: is the vSphere Automation API reachable at " + endpoint.baseUrl() + "rest?"
                + snippet(response.body()));
    }

    private static boolean opensObject(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    private RuntimeException failure(String what, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String errorType = "";
        String messages = "";
        try {
            JsonNode root = response.body().length == 0 ? null : JSON.readTree(response.body());
            if (root != null && root.isObject()) {
                errorType = root.path("type").asText("");
                JsonNode value = root.path("value");
                if (errorType.isEmpty()) {
                    errorType = value.path("error_type").asText("");
                }
                StringBuilder m = new StringBuilder();
                for (JsonNode message : value.path("messages")) {
                    String text = message.isTextual() ? message.asText() : message.path("default_message").asText("");
                    if (!text.isBlank()) {
                        m.append(m.length() == 0 ? "" : "; ").append(text.strip());
                    }
                }
                messages = m.toString();
            }
        } catch (IOException notJson) {
            // reported with the snippet below
        }
        if (status == 404 && errorType.isEmpty()) {
            return new ExternalSystemException("vCenter " + endpoint.host() + " has no vSphere Automation REST API at /rest"
                    + " (REST " + what + " answered HTTP 404): tags need a vCenter, not an ESXi host");
        }
        String detail = errorType.isEmpty() ? snippet(response.body()) : " " + errorType
                + (messages.isEmpty() ? "" : ": " + messages);
        return new VapiErrorException("vCenter " + endpoint.host() + " refused REST " + what + " with HTTP " + status
                + detail, status, errorType);
    }

    private static String snippet(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
                .replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return text.isEmpty() ? "" : " The answer begins: '" + text + (body.length > 200 ? "...'" : "'");
    }

    @Override
    public String toString() {
        return "VapiSession[" + endpoint.baseUrl() + "rest, user " + credentials.username() + "]"; // never the token
    }
}
