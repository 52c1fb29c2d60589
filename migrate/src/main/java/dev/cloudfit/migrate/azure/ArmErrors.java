package dev.cloudfit.migrate.azure;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.core.exception.HttpResponseException;
import com.azure.core.management.exception.ManagementError;
import com.azure.core.management.exception.ManagementException;
import dev.cloudfit.core.error.ExternalSystemException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Azure SDK failures turned into cloudfit's one-line errors (exit 3) that name the resource, what
 * was being done and ARM's error code. ARM error codes stay readable through {@link #code}.
 */
final class ArmErrors {

    private ArmErrors() {
    }

    /** @return ARM's error code of a failure (the inner one for a failed deployment), if it has one */
    static Optional<String> code(Throwable e) {
        ManagementError error = error(e);
        return error == null ? Optional.empty() : Optional.ofNullable(error.getCode());
    }

    /** @return whether ARM answered 404 */
    static boolean isNotFound(Throwable e) {
        return e instanceof HttpResponseException h && h.getResponse() != null && h.getResponse().getStatusCode() == 404;
    }

    static ExternalSystemException describe(String doing, AzureResourceId resource, Throwable e) {
        return new ExternalSystemException(oneLine(doing + " " + resource.label() + " failed: " + reason(e)), e);
    }

    static String reason(Throwable e) {
        ManagementError error = error(e);
        if (error != null) {
            return "Azure answered " + error.getCode() + ": " + error.getMessage();
        }
        if (e instanceof ClientAuthenticationException || e.getClass().getSimpleName().contains("CredentialUnavailable")) {
            return "no usable Azure credential (" + e.getMessage()
                    + "); set AZURE_TENANT_ID/AZURE_CLIENT_ID with a secret or certificate in the environment, run 'az login', or use a managed identity";
        }
        if (e instanceof HttpResponseException h && h.getResponse() != null) {
            return "Azure answered HTTP " + h.getResponse().getStatusCode();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || (t.getMessage() != null && t.getMessage().contains("Timeout"))) {
                return "timed out waiting for Azure Resource Manager";
            }
            if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.UnresolvedAddressException) {
                return "cannot reach Azure Resource Manager (" + t + ")";
            }
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static ManagementError error(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ManagementException m && m.getValue() != null) {
                ManagementError error = m.getValue();
                if ("DeploymentFailed".equals(error.getCode()) && error.getDetails() != null && !error.getDetails().isEmpty()) {
                    return error.getDetails().get(0);
                }
                return error;
            }
        }
        return null;
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
