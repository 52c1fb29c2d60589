package dev.cloudfit.testkit.vcsim;

/**
 * How many of each object the simulator reports having created; compared with what its
 * {@link VcsimConfig} asked for, so a flag that silently did nothing fails the start.
 *
 * @param datacenters datacenters
 * @param clusters clusters, in all datacenters
 * @param hosts hosts, clustered and standalone
 * @param vms virtual machines
 */
public record VcsimCounts(int datacenters, int clusters, int hosts, int vms) {

    /**
     * @param config an inventory configuration
     * @return the counts that configuration should produce
     */
    public static VcsimCounts expectedFor(VcsimConfig config) {
        return new VcsimCounts(config.datacenters(), config.datacenters() * config.clustersPerDatacenter(),
                config.totalHosts(), config.totalVms());
    }
}
