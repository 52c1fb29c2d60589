package dev.cloudfit.assess.inventory.generate;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What to generate: how many VMs, from which seed, and the moment the "export" claims to be taken
 * (every date in the estate is before it). The same settings always give the same estate.
 */
public record GeneratorSettings(int vmCount, long seed, LocalDateTime exportedAt) {

    /** The largest estate generated: beyond this an xlsx vDisk sheet would outgrow its row limit. */
    public static final int MAX_VMS = 250_000;

    /** A fixed export moment, so that the default output does not depend on the clock. */
    public static final LocalDateTime DEFAULT_EXPORTED_AT = LocalDateTime.of(2026, 1, 12, 9, 30, 0);

    public GeneratorSettings {
        if (vmCount < 1 || vmCount > MAX_VMS) {
            throw new IllegalArgumentException("the VM count must be between 1 and " + MAX_VMS + ": " + vmCount);
        }
        Objects.requireNonNull(exportedAt, "exportedAt");
    }

    public static GeneratorSettings of(int vmCount, long seed) {
        return new GeneratorSettings(vmCount, seed, DEFAULT_EXPORTED_AT);
    }
}
