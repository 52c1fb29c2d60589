package dev.cloudfit.testkit.arm;

/**
 * An error the local ARM answers with, in ARM's shape: an HTTP status and
 * {@code {"error":{"code":..,"message":..}}}.
 */
class ArmError extends RuntimeException {

    private final int status;
    private final String code;

    ArmError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static ArmError notFound(String what) {
        return new ArmError(404, "ResourceNotFound", "The Resource '" + what + "' was not found.");
    }

    static ArmError badRequest(String code, String message) {
        return new ArmError(400, code, message);
    }

    static ArmError conflict(String code, String message) {
        return new ArmError(409, code, message);
    }
}
