package dev.cloudfit.migrate.azure;

import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import com.azure.core.management.polling.PollResult;
import com.azure.core.util.polling.LongRunningOperationStatus;
import com.azure.core.util.polling.PollResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.azure.core.util.polling.SyncPoller;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for ARM's asynchronous operations and reading resources that may not exist. */
final class ArmCalls {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
            PollResponse<PollResult<T>> last = poller.waitForCompletion(timeout);
            if (last.getStatus() == LongRunningOperationStatus.FAILED
                    || last.getStatus() == LongRunningOperationStatus.USER_CANCELLED) {
                throw failed(last);
            }
            return poller.getFinalResult();
        } catch (RuntimeException e) {
            throw ArmErrors.describe(doing, resource, e);
        }
    }

    /** An operation that ended {@code Failed}: ARM's error (the inner one of a failed deployment) as a ManagementException. */
    private static <T> ManagementException failed(PollResponse<PollResult<T>> last) {
        PollResult.Error error = last.getValue() == null ? null : last.getValue().getError();
        String code = "OperationFailed";
        String message = error == null ? "the operation ended " + last.getStatus() : error.getMessage();
        if (error != null && error.getResponseBody() != null) {
            try {
                JsonNode body = MAPPER.readTree(error.getResponseBody()).path("error");
                JsonNode inner = body.path("details").path(0);
                JsonNode chosen = "DeploymentFailed".equals(body.path("code").asText()) && inner.has("code") ? inner : body;
                if (chosen.has("code")) {
                    code = chosen.path("code").asText();
                    message = chosen.path("message").asText(message);
                }
            } catch (java.io.IOException | RuntimeException notJson) {
                // keep the SDK's message
            }
        }
        return new ManagementException(message, null, new ManagementError(code, message));
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
