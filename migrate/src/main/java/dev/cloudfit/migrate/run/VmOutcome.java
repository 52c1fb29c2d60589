package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.journal.VmState;

/** How one VM ended in a run (or was left out, and why). */
public record VmOutcome(String vm, String instanceUuid, VmState state, String detail) {
}
