package dev.cloudfit.testkit.arm;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A fault the local ARM plays for the next {@code times} requests whose method matches and whose
 * path contains {@code pathPart} (case-insensitive).
 *
 * @param kind     what happens
 * @param method   the HTTP method to match ({@code PUT}, {@code POST}...), or {@code *}
 * @param pathPart a part of the request path to match, e.g. {@code /disks/os-disk}; a trailing {@code $}
 *                 anchors it at the path's end
 * @param times    how many matching requests get the fault
 * @param code     the ARM error code, for {@link Kind#OPERATION_FAILED} and {@link Kind#SERVER_ERROR}
 * @param delay    how long {@link Kind#STALL} holds the answer
 */
public record ArmFault(Kind kind, String method, String pathPart, int times, String code, Duration delay) {

    /** What a fault does. */
    public enum Kind {
        /** 429 with {@code Retry-After: 1}, as ARM's throttling does. */
        THROTTLE,
        /** 503 with an ARM error body. */
        SERVER_ERROR,
        /**
         * The request is accepted, its asynchronous operation ends {@code Failed} with {@code code}; a PUT
         * (of a resource or a deployment) leaves what it made in provisioning state {@code Failed}, as a
         * real failed provisioning does.
         */
        OPERATION_FAILED,
        /** The answer is held back for {@code delay} (a client timeout). */
        STALL
    }

    public ArmFault {
        Objects.requireNonNull(kind, "kind");
        method = method.toUpperCase(Locale.ROOT);
        pathPart = pathPart.toLowerCase(Locale.ROOT);
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
    }

    public static ArmFault throttle(String method, String pathPart, int times) {
        return new ArmFault(Kind.THROTTLE, method, pathPart, times, "TooManyRequests", Duration.ZERO);
    }

    public static ArmFault serverError(String method, String pathPart, int times) {
        return new ArmFault(Kind.SERVER_ERROR, method, pathPart, times, "ServiceUnavailable", Duration.ZERO);
    }

    public static ArmFault operationFails(String method, String pathPart, String code) {
        return new ArmFault(Kind.OPERATION_FAILED, method, pathPart, 1, code, Duration.ZERO);
    }

    public static ArmFault stall(String method, String pathPart, Duration delay) {
        return new ArmFault(Kind.STALL, method, pathPart, 1, "", delay);
    }

    boolean matches(String requestMethod, String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        boolean pathMatches = pathPart.endsWith("$") ? lower.endsWith(pathPart.substring(0, pathPart.length() - 1))
                : lower.contains(pathPart);
        return ("*".equals(method) || method.equalsIgnoreCase(requestMethod)) && pathMatches;
    }
}
