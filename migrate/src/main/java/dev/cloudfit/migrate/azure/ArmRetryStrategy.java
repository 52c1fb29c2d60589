package dev.cloudfit.migrate.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.http.HttpResponse;
import com.azure.core.http.policy.ExponentialBackoff;
import com.azure.core.http.policy.RetryStrategy;
import java.time.Duration;

/**
 * The SDK's exponential back-off, except that a missing or refused credential is not retried: the
 * credential chain (Azure CLI, PowerShell...) takes seconds per attempt and will not change its mind.
 */
final class ArmRetryStrategy implements RetryStrategy {

    private final ExponentialBackoff backoff;

    ArmRetryStrategy(int maxRetries, Duration baseDelay) {
        this.backoff = new ExponentialBackoff(maxRetries, baseDelay, baseDelay.multipliedBy(16));
    }

    @Override
    public int getMaxRetries() {
        return backoff.getMaxRetries();
    }

    @Override
    public Duration calculateRetryDelay(int retryAttempts) {
        return backoff.calculateRetryDelay(retryAttempts);
    }

    @Override
    public boolean shouldRetry(HttpResponse httpResponse) {
        return backoff.shouldRetry(httpResponse);
    }

    @Override
    public boolean shouldRetryException(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof ClientAuthenticationException) {
                return false;
            }
        }
        return backoff.shouldRetryException(throwable);
    }
}
