package dev.cloudfit.migrate.itinerary;

import java.util.ArrayList;
import java.util.List;

/**
 * One VM's steps as data, in the order they run. A run walks it from the first step the journal
 * does not show as done; nothing else decides what happens next.
 */
public record Itinerary(List<Step> steps) {

    public Itinerary {
        steps = List.copyOf(steps);
    }

    /** Every phase in order, disk phases once per disk (each disk's create, copy, seal together). */
    public static Itinerary forDisks(int disks) {
        if (disks < 1) {
            throw new IllegalArgumentException("a VM to migrate has at least its OS disk");
        }
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(Phase.PREPARE_SOURCE));
        steps.add(Step.of(Phase.PREPARE_NETWORK));
        for (int d = 0; d < disks; d++) {
            steps.add(Step.disk(Phase.CREATE_DISK, d));
            steps.add(Step.disk(Phase.COPY_DISK, d));
            steps.add(Step.disk(Phase.SEAL_DISK, d));
        }
        steps.add(Step.of(Phase.CREATE_NIC));
        steps.add(Step.of(Phase.DEPLOY_VM));
        steps.add(Step.of(Phase.VERIFY));
        return new Itinerary(steps);
    }

    /**
     * A warm migration's steps: every disk created first, then one cycle for all disks while the source
     * runs, the final cycle with the source off, then each disk sealed, the NIC, the VM, the check.
     */
    public static Itinerary warm(int disks) {
        if (disks < 1) {
            throw new IllegalArgumentException("a VM to migrate has at least its OS disk");
        }
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(Phase.PREPARE_SOURCE));
        steps.add(Step.of(Phase.PREPARE_NETWORK));
        for (int d = 0; d < disks; d++) {
            steps.add(Step.disk(Phase.CREATE_DISK, d));
        }
        steps.add(Step.of(Phase.SYNC_DISKS));
        steps.add(Step.of(Phase.FINAL_SYNC));
        for (int d = 0; d < disks; d++) {
            steps.add(Step.disk(Phase.SEAL_DISK, d));
        }
        steps.add(Step.of(Phase.CREATE_NIC));
        steps.add(Step.of(Phase.DEPLOY_VM));
        steps.add(Step.of(Phase.VERIFY));
        return new Itinerary(steps);
    }
}
