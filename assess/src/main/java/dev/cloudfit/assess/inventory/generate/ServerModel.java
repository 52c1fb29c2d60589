package dev.cloudfit.assess.inventory.generate;

import java.util.List;

/**
 * A host hardware generation: the server, its CPU as vSphere names it, cores per socket, clock,
 * the memory sizes such hosts are bought with, and the ESXi build they typically run.
 */
record ServerModel(
        String vendor,
        String model,
        String cpuModel,
        int coresPerSocket,
        int mhz,
        List<Integer> memoryGibOptions,
        String esxVersion) {

    static final List<ServerModel> ALL = List.of(
            new ServerModel("Dell Inc.", "PowerEdge R730", "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", 14, 2394,
                    List.of(256, 384, 512), "VMware ESXi 6.7.0 build-17700523"),
            new ServerModel("HPE", "ProLiant DL380 Gen10", "Intel(R) Xeon(R) Gold 5218 CPU @ 2.30GHz", 16, 2295,
                    List.of(384, 512, 768), "VMware ESXi 7.0.3 build-21930508"),
            new ServerModel("Dell Inc.", "PowerEdge R740", "Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz", 24, 2993,
                    List.of(512, 768, 1024), "VMware ESXi 7.0.3 build-21930508"),
            new ServerModel("Dell Inc.", "PowerEdge R750", "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", 32, 1995,
                    List.of(768, 1024, 1536), "VMware ESXi 8.0.2 build-22380479"),
            new ServerModel("Lenovo", "ThinkSystem SR650 V3", "Intel(R) Xeon(R) Platinum 8480+", 56, 1995,
                    List.of(1024, 2048), "VMware ESXi 8.0.3 build-24022510"),
            new ServerModel("HPE", "ProLiant DL385 Gen10 Plus v2", "AMD EPYC 7543 32-Core Processor", 32, 2794,
                    List.of(1024, 1536), "VMware ESXi 7.0.3 build-21930508"),
            new ServerModel("Dell Inc.", "PowerEdge R7625", "AMD EPYC 9354 32-Core Processor", 32, 3245,
                    List.of(1536, 2048), "VMware ESXi 8.0.3 build-24022510"));

    private static final double[] WEIGHTS = {1, 3, 3, 3, 1, 1.5, 1};

    static ServerModel pick(Dice dice) {
        return dice.weighted(ALL, WEIGHTS);
    }
}
