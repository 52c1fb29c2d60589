package dev.cloudfit.vsphere.soap;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient the SOAP transport is, and which vim25 version it asks for until the server has
 * said which one it speaks.
 *
 * @param connectTimeout how long to wait for the TCP and TLS connection
 * @param requestTimeout how long one call may take, from sending to the last byte of the answer
 *                       (including the time the response reader spends); a big
 *                       {@code RetrievePropertiesEx} page or a slow {@code QueryPerf} needs time
 * @param initialApiVersion the vim25 version sent in {@code SOAPAction} before
 *                          {@code RetrieveServiceContent} has told us the server's version
 */
public record TransportSettings(Duration connectTimeout, Duration requestTimeout, String initialApiVersion) {

    /** Default connect timeout: a reachable vCenter accepts within seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Default per-call timeout: generous for large property pages and perf queries on a busy vCenter. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(2);
    /** Default version before negotiation: 6.5, the oldest vCenter cloudfit supports, understands it. */
    public static final String DEFAULT_INITIAL_API_VERSION = "6.5";

    public TransportSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(initialApiVersion, "initialApiVersion");
        if (!ApiVersions.isVersion(initialApiVersion)) {
            throw new IllegalArgumentException("not a vim25 version: " + initialApiVersion);
        }
    }

    /** @return the defaults above */
    public static TransportSettings defaults() {
        return new TransportSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT, DEFAULT_INITIAL_API_VERSION);
    }

    /** @return these settings with another per-call timeout */
    public TransportSettings withRequestTimeout(Duration timeout) {
        return new TransportSettings(connectTimeout, timeout, initialApiVersion);
    }

    /** @return these settings with another connect timeout */
    public TransportSettings withConnectTimeout(Duration timeout) {
        return new TransportSettings(timeout, requestTimeout, initialApiVersion);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
