package dev.cloudfit.assess.sizing.avs;

/**
 * Hosts of one AVS node type a demand needs, per resource (fractional), rounded up over the three
 * ({@code byResource}), and after the FTT policy's minimum ({@code nodes}). See {@link AvsSizer#load}.
 */
public record HostLoad(double cpuHosts, double memoryHosts, double storageHosts, int byResource, int nodes) {
}
