package dev.cloudfit.migrate.itinerary;

import java.util.Objects;

/**
 * One step of an itinerary: a phase, and for a disk phase the disk's index (0 = OS disk). Written
 * in the journal as {@code COPY_DISK:1}.
 */
public record Step(Phase phase, int disk) {

    public static final int NO_DISK = -1;

    public Step {
        Objects.requireNonNull(phase, "phase");
        if (phase.perDisk() != (disk >= 0)) {
            throw new IllegalArgumentException(phase + (phase.perDisk() ? " needs a disk" : " takes no disk"));
        }
    }

    public static Step of(Phase phase) {
        return new Step(phase, NO_DISK);
    }

    public static Step disk(Phase phase, int disk) {
        return new Step(phase, disk);
    }

    /** {@code PHASE} or {@code PHASE:disk}. */
    public static Step parse(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? of(Phase.valueOf(text))
                : disk(Phase.valueOf(text.substring(0, colon)), Integer.parseInt(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return disk < 0 ? phase.name() : phase.name() + ":" + disk;
    }
}
