package dev.cloudfit.migrate.status;

import dev.cloudfit.migrate.journal.VmState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One approved VM's row of the status: what its journal says. */
public record VmStatus(String vm, String instanceUuid, int wave, String targetSize, VmState state, String mode,
        String step, long bytesMoved, Optional<Instant> started, Optional<Instant> ended, List<String> azureResources,
        String error, String remedy, String workspace) {

    public VmStatus {
        azureResources = List.copyOf(azureResources);
    }
}
