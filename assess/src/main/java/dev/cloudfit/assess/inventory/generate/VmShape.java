package dev.cloudfit.assess.inventory.generate;

/** A VM's compute shape: vCPUs, cores per socket and memory in MiB (vSphere's unit for it). */
record VmShape(int vcpus, int coresPerSocket, long memoryMib) {

    VmShape {
        if (vcpus < 1 || coresPerSocket < 1 || vcpus % coresPerSocket != 0 || memoryMib < 4) {
            throw new IllegalArgumentException("impossible VM shape: " + vcpus + " vCPU, " + coresPerSocket
                    + " cores per socket, " + memoryMib + " MiB");
        }
    }
}
