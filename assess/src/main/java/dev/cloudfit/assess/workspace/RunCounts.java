package dev.cloudfit.assess.workspace;

/** What a run brought in: VMs and hosts of its inventory snapshot, performance samples received. */
public record RunCounts(int vms, int hosts, long samples) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0);

    public RunCounts {
        if (vms < 0 || hosts < 0 || samples < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
