package dev.cloudfit.vsphere.export;

import dev.cloudfit.vsphere.fault.VimFault;
import java.util.Objects;
import java.util.Optional;

/**
 * A lease's {@code state} and, in state error, its {@code error}.
 *
 * @param state where the lease is
 * @param error why it failed (e.g. fault {@code Timedout} when nobody kept it alive)
 */
public record LeaseStatus(LeaseState state, Optional<VimFault> error) {

    public LeaseStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(error, "error");
    }

    /** @return whether the lease failed because it was not kept alive */
    public boolean timedOut() {
        return state == LeaseState.ERROR && error.map(f -> f.name().equals("Timedout")).orElse(false);
    }

    /** @return e.g. "error (Timedout: the export lease timed out ...)" */
    public String describe() {
        return state.name().toLowerCase(java.util.Locale.ROOT) + error.map(f -> " (" + f.describe() + ")").orElse("");
    }
}
