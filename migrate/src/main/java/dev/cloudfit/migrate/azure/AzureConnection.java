package dev.cloudfit.migrate.azure;

import dev.cloudfit.core.error.BadInputException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where and how the adapter talks to Azure Resource Manager. No secret is part of it: credentials
 * come from the environment, the Azure CLI or a managed identity (see {@link AzureAdapter#connect}).
 *
 * @param cloud            the Azure cloud ({@code --azure-environment})
 * @param subscriptionId   the subscription (a GUID)
 * @param endpointOverride a resource manager endpoint used instead of the cloud's, or {@code null}
 *                         (tests, private endpoints); must be HTTPS
 * @param timing           polling, retries and timeouts
 */
public record AzureConnection(AzureCloud cloud, String subscriptionId, URI endpointOverride, Timing timing) {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    /**
     * How long to wait and how often to retry.
     *
     * @param pollInterval     between polls of an asynchronous operation when ARM gives no {@code Retry-After}
     * @param retryBaseDelay   first back-off of a retried request (429 with {@code Retry-After} waits as told)
     * @param maxRetries       retries of one request (429, 408, 5xx but 501/505, I/O errors, timeouts)
     * @param responseTimeout  longest wait for one HTTP answer
     * @param operationTimeout longest wait for one asynchronous operation to end
     */
    public record Timing(Duration pollInterval, Duration retryBaseDelay, int maxRetries, Duration responseTimeout,
                         Duration operationTimeout) {

        public Timing {
            Objects.requireNonNull(pollInterval, "pollInterval");
            Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
            Objects.requireNonNull(responseTimeout, "responseTimeout");
            Objects.requireNonNull(operationTimeout, "operationTimeout");
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must not be negative");
            }
        }

        /** @return 10 s polls, 0.8 s first back-off, 4 retries, 60 s per answer, 30 min per operation */
        public static Timing defaults() {
            return new Timing(Duration.ofSeconds(10), Duration.ofMillis(800), 4, Duration.ofSeconds(60), Duration.ofMinutes(30));
        }
    }

    public AzureConnection {
        Objects.requireNonNull(cloud, "cloud");
        Objects.requireNonNull(timing, "timing");
        if (subscriptionId == null || !GUID.matcher(subscriptionId).matches()) {
            throw new BadInputException("--subscription: '" + subscriptionId + "' is not a subscription id (a GUID)");
        }
        if (endpointOverride != null && !"https".equalsIgnoreCase(endpointOverride.getScheme())) {
            throw new BadInputException("--arm-endpoint: " + endpointOverride + " must be an https:// URL (tokens are only sent over TLS)");
        }
    }

    /** @return a connection to the cloud's own endpoint with default timing */
    public static AzureConnection of(AzureCloud cloud, String subscriptionId) {
        return new AzureConnection(cloud, subscriptionId, null, Timing.defaults());
    }
}
