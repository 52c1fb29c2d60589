package dev.cloudfit.assess.inventory.generate;

import java.util.List;

/**
 * Draws vCPU and memory the way real estates are skewed: two thirds of VMs have 2 or 4 vCPUs, most
 * have 4 to 32 GiB, and a long tail reaches 64 vCPUs and 1 TiB. Memory follows the vCPU count
 * with a GiB-per-vCPU ratio (2, 4 or 8 mostly); database servers get more, domain controllers less.
 * A few VMs carry odd sizes (6 GiB, 3,000 MiB) as hand-edited VMs do.
 */
final class ShapeSampler {

    private static final List<Integer> VCPUS = List.of(1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64);
    private static final double[] VCPU_WEIGHTS = {7, 30, 33, 3, 16, 2.5, 5, 1.3, 1.2, 0.4, 0.2};
    private static final List<Integer> GIB_PER_VCPU = List.of(1, 2, 4, 8, 16);
    private static final double[] RATIO_WEIGHTS = {3, 27, 45, 21, 4};
    private static final long MAX_MEMORY_MIB = 1024L * 1024;

    private ShapeSampler() {
    }

    static VmShape sample(Dice dice, String role, boolean windows) {
        int vcpus = dice.weighted(VCPUS, VCPU_WEIGHTS);
        if (role.equals("dc") || role.equals("jump")) {
            vcpus = Math.min(vcpus, 4);
        }
        double ratio = dice.weighted(GIB_PER_VCPU, RATIO_WEIGHTS);
        if (role.equals("db") || role.equals("sql")) {
            ratio *= 2;
        }
        long memoryMib = Math.round(vcpus * ratio * 1024);
        if (dice.chance(0.08)) {
            memoryMib = memoryMib * 3 / 2;
        }
        if (dice.chance(0.02)) {
            // hand-typed sizes: a multiple of 4 MiB that is no power of two
            memoryMib = 4L * dice.between(500, 4000);
        }
        long floor = windows ? 4096 : 1024;
        memoryMib = Math.max(floor, Math.min(MAX_MEMORY_MIB, memoryMib));
        return new VmShape(vcpus, coresPerSocket(dice, vcpus), memoryMib);
    }

    /** Mostly one core per socket (vSphere's old default) or all cores in one socket; some 2 or 4. */
    static int coresPerSocket(Dice dice, int vcpus) {
        double r = dice.between(0.0, 1.0);
        if (r < 0.45) {
            return 1;
        }
        if (r < 0.80) {
            return vcpus;
        }
        int c = dice.chance(0.5) ? 2 : 4;
        return vcpus % c == 0 ? c : 1;
    }
}
