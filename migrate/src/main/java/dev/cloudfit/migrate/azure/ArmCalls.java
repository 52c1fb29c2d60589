package dev.cloudfit.migrate.azure;

import com.azure.core.management.polling.PollResult;
import com.azure.core.util.polling.SyncPoller;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for ARM's asynchronous operations and reading resources that may not exist. */
final class ArmCalls {

    private ArmCalls() {
    }

    /**
     * Waits for an asynchronous operation to end and returns its result; an operation still running
     * after {@code timeout}, or ending {@code Failed}, becomes a one-line error naming the resource.
     */
    static <T> T await(String doing, AzureResourceId resource, Duration timeout,
                       Supplier<SyncPoller<PollResult<T>, T>> start) {
        try {
            SyncPoller<PollResult<T>, T> poller = start.get();
            poller.waitForCompletion(timeout);
            return poller.getFinalResult();
        } catch (RuntimeException e) {
            throw ArmErrors.describe(doing, resource, e);
        }
    }

    /** @return the resource, or empty when ARM answers 404 */
    static <T> Optional<T> find(String doing, AzureResourceId resource, Supplier<T> get) {
        try {
            return Optional.ofNullable(get.get());
        } catch (RuntimeException e) {
            if (ArmErrors.isNotFound(e)) {
                return Optional.empty();
            }
            throw ArmErrors.describe(doing, resource, e);
        }
    }

    /** Runs a synchronous call, turning failures into one-line errors. */
    static <T> T call(String doing, AzureResourceId resource, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw ArmErrors.describe(doing, resource, e);
        }
    }
}
