package dev.cloudfit.vsphere.session;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.fault.InvalidLoginException;
import dev.cloudfit.vsphere.fault.NotAuthenticatedException;
import dev.cloudfit.vsphere.fault.VimFault;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SessionCookie;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.SoapTransport;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A logged-in vim25 session: the server's {@link ServiceContent}, the login, and calls that
 * survive a lost session.
 *
 * <p><b>Re-login.</b> A long collection outlives sessions: vCenter drops idle sessions (30 min by
 * default), and administrators terminate sessions. When a call fails with
 * {@link NotAuthenticatedException}, {@link #call} logs in again with the same credentials and
 * repeats the call <em>once</em>; a second {@code NotAuthenticated} propagates. Concurrent calls
 * that fail on the same lost session share one re-login. Calls that are not idempotent (tasks)
 * should not go through {@link #call}; use {@link #callOnce}.
 *
 * <p><b>What a re-login does not bring back.</b> Objects the server keeps per session (container
 * views, property filters, a {@code RetrievePropertiesEx} continue token) die with the old
 * session; a repeated call that names one fails with {@code ManagedObjectNotFound} or
 * {@code InvalidArgument}. Code that holds such objects compares {@link #reloginCount()} before
 * and after, and starts its view or page over when it changed.
 *
 * <p><b>Errors.</b> Wrong credentials raise {@link dev.cloudfit.vsphere.fault.InvalidLoginException}
 * (exit 2, the user's to fix); everything the transport raises passes through unchanged.
 *
 * <p>Thread-safe. {@link #close()} logs out.
 */
public final class VcenterSession implements AutoCloseable {

    private static final ManagedObjectReference SERVICE_INSTANCE =
            new ManagedObjectReference("ServiceInstance", "ServiceInstance");

    private final SoapTransport transport;
    private final ServiceContent serviceContent;
    private final Credentials credentials;
    private final Object loginLock = new Object();
    private volatile UserSession session;
    private volatile long loginGeneration;
    private volatile int relogins;
    private volatile boolean closed;

    private VcenterSession(SoapTransport transport, ServiceContent serviceContent, Credentials credentials) {
        this.transport = transport;
        this.serviceContent = serviceContent;
        this.credentials = credentials;
    }

    /**
     * Opens a transport, reads the service content, switches to the server's API version and logs in.
     *
     * @param endpoint the SDK URL
     * @param tls how to trust the server's certificate
     * @param settings timeouts
     * @param credentials user and password
     * @return the logged-in session
     */
    public static VcenterSession connect(VcenterEndpoint endpoint, VcenterTls tls, TransportSettings settings,
                                         Credentials credentials) {
        return login(SoapTransport.open(endpoint, tls, settings), credentials);
    }

    /**
     * Reads the service content over an open transport and logs in.
     *
     * @param transport a transport without a session
     * @param credentials user and password
     * @return the logged-in session
     */
    public static VcenterSession login(SoapTransport transport, Credentials credentials) {
        Objects.requireNonNull(credentials, "credentials");
        ServiceContent content = retrieveServiceContent(transport);
        String apiVersion = content.about().apiVersion();
        if (apiVersion.matches("\\d+(\\.\\d+){1,3}")) {
            transport.useApiVersion(apiVersion);
        }
        VcenterSession session = new VcenterSession(transport, content, credentials);
        session.session = session.doLogin();
        return session;
    }

    /**
     * Calls {@code RetrieveServiceContent}, which needs no session.
     *
     * @param transport any transport
     * @return what the server is, and its managers
     */
    public static ServiceContent retrieveServiceContent(SoapTransport transport) {
        return transport.call(SoapRequest.method("RetrieveServiceContent", SERVICE_INSTANCE).build(),
                new ServiceContentReader());
    }

    /** @return the server's service content, read once at connect */
    public ServiceContent serviceContent() {
        return serviceContent;
    }

    /** @return the transport, for components that build their own calls (property collector, perf) */
    public SoapTransport transport() {
        return transport;
    }

    /** @return the session as the last Login returned it */
    public UserSession loginSession() {
        return session;
    }

    /** @return how many times this session had to log in again after a lost session */
    public int reloginCount() {
        return relogins;
    }

    /**
     * Sends a call; if the session was lost, logs in again and sends it once more.
     *
     * @param request the call (rebuilt by the caller if it must change between attempts: it does not)
     * @param reader reads its response
     * @return the response
     */
    public <T> T call(SoapRequest request, SoapResponseReader<T> reader) {
        return withRelogin(() -> transport.call(request, reader));
    }

    /**
     * Sends a call without the re-login retry: for calls that must not run twice, such as starting a task.
     */
    public <T> T callOnce(SoapRequest request, SoapResponseReader<T> reader) {
        requireOpen();
        return transport.call(request, reader);
    }

    /**
     * Reads {@code SessionManager.currentSession}. vCenter leaves that property unset when the
     * caller is not logged in (rather than faulting), so an unset value counts as a lost session
     * here and triggers the same single re-login.
     *
     * @return the server's view of this session
     */
    public UserSession currentSession() {
        return withRelogin(() -> readCurrentSession().orElseThrow(() -> new NotAuthenticatedException(
                "RetrievePropertiesEx", new VimFault("NotAuthenticated",
                        "SessionManager.currentSession is unset", Map.of()))));
    }

    /** @return the server's clock ({@code ServiceInstance.CurrentTime}), e.g. to align perf queries */
    public Instant currentTime() {
        return call(SoapRequest.method("CurrentTime", SERVICE_INSTANCE).build(), SessionReaders.currentTime());
    }

    /** Logs out and forgets the cookie; a session that is already gone counts as logged out. Safe to call twice. */
    public void logout() {
        synchronized (loginLock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                transport.call(SoapRequest.method("Logout", serviceContent.sessionManager()).build(),
                        SoapResponseReader.none());
            } catch (NotAuthenticatedException alreadyGone) {
                // the server dropped the session before us: the outcome is the same
            } finally {
                transport.forgetSessionCookie();
            }
        }
    }

    /** Logs out. */
    @Override
    public void close() {
        logout();
    }

    private <T> T withRelogin(Supplier<T> call) {
        requireOpen();
        long generation = loginGeneration;
        try {
            return call.get();
        } catch (NotAuthenticatedException lost) {
            relogin(generation);
            return call.get();
        }
    }

    private void relogin(long failedGeneration) {
        synchronized (loginLock) {
            requireOpen();
            if (loginGeneration != failedGeneration) {
                return; // another thread logged in again meanwhile
            }
            transport.forgetSessionCookie();
            session = doLogin();
            loginGeneration++;
            relogins++;
        }
    }

    private UserSession doLogin() {
        SoapRequest login = SoapRequest.method("Login", serviceContent.sessionManager())
                .text("userName", credentials.username())
                .secret("password", credentials.password())
                .build();
        UserSession result;
        try {
            result = transport.call(login, SessionReaders.login());
        } catch (InvalidLoginException refused) {
            throw refused.naming(transport.endpoint().host(), credentials.username());
        }
        if (transport.sessionCookie().isEmpty()) {
            throw new ExternalSystemException(transport.endpoint() + " accepted the login but set no "
                    + SessionCookie.NAME + " cookie");
        }
        return result;
    }

    private Optional<UserSession> readCurrentSession() {
        SoapRequest request = SoapRequest.method("RetrievePropertiesEx", serviceContent.propertyCollector())
                .object("specSet", null, spec -> spec
                        .object("propSet", null, p -> p.text("type", "SessionManager").text("pathSet", "currentSession"))
                        .object("objectSet", null, o -> o.reference("obj", serviceContent.sessionManager())))
                .object("options", null, options -> { })
                .build();
        return transport.call(request, SessionReaders.currentSession());
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this vCenter session is logged out");
        }
    }

    @Override
    public String toString() {
        return "VcenterSession[" + transport.endpoint() + ", user " + credentials.username() + "]";
    }
}
