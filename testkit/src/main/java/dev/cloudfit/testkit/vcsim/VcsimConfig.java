package dev.cloudfit.testkit.vcsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The inventory a simulated vCenter starts with, and the user it accepts.
 *
 * <p>Names follow vcsim's scheme: datacenters {@code DC0..}, clusters {@code DC0_C0..}, cluster
 * hosts {@code DC0_C0_H0..}, standalone hosts {@code DC0_H0..}, VMs {@code DC0_H0_VM0..} on
 * standalone hosts and {@code DC0_C0_RP0_VM0..} in clusters. VMs live on datastore
 * {@code LocalDS_0}, which is why at least one datastore is required.
 *
 * @param datacenters number of datacenters
 * @param clustersPerDatacenter clusters in each datacenter
 * @param hostsPerCluster hosts in each cluster
 * @param standaloneHostsPerDatacenter hosts outside any cluster, in each datacenter
 * @param vmsPerHostOrCluster VMs on each standalone host and in each cluster
 * @param datastoresPerDatacenter local datastores in each datacenter, mounted on all its hosts
 * @param portgroupsPerDatacenter distributed port groups in each datacenter
 * @param username the only user name the simulator's Login accepts
 */
public record VcsimConfig(
        int datacenters,
        int clustersPerDatacenter,
        int hostsPerCluster,
        int standaloneHostsPerDatacenter,
        int vmsPerHostOrCluster,
        int datastoresPerDatacenter,
        int portgroupsPerDatacenter,
        String username) {

    public VcsimConfig {
        requireAtLeast(0, datacenters, "datacenters");
        requireAtLeast(0, clustersPerDatacenter, "clustersPerDatacenter");
        requireAtLeast(0, hostsPerCluster, "hostsPerCluster");
        requireAtLeast(0, standaloneHostsPerDatacenter, "standaloneHostsPerDatacenter");
        requireAtLeast(0, vmsPerHostOrCluster, "vmsPerHostOrCluster");
        requireAtLeast(1, datastoresPerDatacenter, "datastoresPerDatacenter");
        requireAtLeast(0, portgroupsPerDatacenter, "portgroupsPerDatacenter");
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
    }

    /**
     * vcsim's own default vCenter: 1 datacenter with 1 cluster of 3 hosts and 1 standalone host,
     * 2 VMs on each (4 in all), 1 datastore, 1 port group; user {@code user}.
     *
     * @return the default inventory
     */
    public static VcsimConfig defaults() {
        return new VcsimConfig(1, 1, 3, 1, 2, 1, 1, "user");
    }

    /** @return this inventory with another number of datacenters */
    public VcsimConfig withDatacenters(int n) {
        return new VcsimConfig(n, clustersPerDatacenter, hostsPerCluster, standaloneHostsPerDatacenter,
                vmsPerHostOrCluster, datastoresPerDatacenter, portgroupsPerDatacenter, username);
    }

    /** @return this inventory with another number of clusters per datacenter */
    public VcsimConfig withClustersPerDatacenter(int n) {
        return new VcsimConfig(datacenters, n, hostsPerCluster, standaloneHostsPerDatacenter,
                vmsPerHostOrCluster, datastoresPerDatacenter, portgroupsPerDatacenter, username);
    }

    /** @return this inventory with another number of hosts per cluster */
    public VcsimConfig withHostsPerCluster(int n) {
        return new VcsimConfig(datacenters, clustersPerDatacenter, n, standaloneHostsPerDatacenter,
                vmsPerHostOrCluster, datastoresPerDatacenter, portgroupsPerDatacenter, username);
    }

    /** @return this inventory with another number of standalone hosts per datacenter */
    public VcsimConfig withStandaloneHostsPerDatacenter(int n) {
        return new VcsimConfig(datacenters, clustersPerDatacenter, hostsPerCluster, n,
                vmsPerHostOrCluster, datastoresPerDatacenter, portgroupsPerDatacenter, username);
    }

    /** @return this inventory with another number of VMs per standalone host and per cluster */
    public VcsimConfig withVmsPerHostOrCluster(int n) {
        return new VcsimConfig(datacenters, clustersPerDatacenter, hostsPerCluster, standaloneHostsPerDatacenter,
                n, datastoresPerDatacenter, portgroupsPerDatacenter, username);
    }

    /** @return this configuration with another user name */
    public VcsimConfig withUsername(String name) {
        return new VcsimConfig(datacenters, clustersPerDatacenter, hostsPerCluster, standaloneHostsPerDatacenter,
                vmsPerHostOrCluster, datastoresPerDatacenter, portgroupsPerDatacenter, name);
    }

    /** @return how many VMs the simulator will hold: one set per standalone host and per cluster */
    public int totalVms() {
        return datacenters * (standaloneHostsPerDatacenter + clustersPerDatacenter) * vmsPerHostOrCluster;
    }

    /** @return how many hosts the simulator will hold, clustered and standalone */
    public int totalHosts() {
        return datacenters * (standaloneHostsPerDatacenter + clustersPerDatacenter * hostsPerCluster);
    }

    /**
     * The simulator's flags for this configuration; the password is not among them (it goes
     * through the environment, see {@link Vcsim}).
     *
     * @return the inventory and user flags of {@code main.go}
     */
    List<String> flags() {
        List<String> flags = new ArrayList<>();
        flag(flags, "-dc", datacenters);
        flag(flags, "-cluster", clustersPerDatacenter);
        flag(flags, "-host", hostsPerCluster);
        flag(flags, "-standalone-host", standaloneHostsPerDatacenter);
        flag(flags, "-vm", vmsPerHostOrCluster);
        flag(flags, "-ds", datastoresPerDatacenter);
        flag(flags, "-pg", portgroupsPerDatacenter);
        flags.add("-username");
        flags.add(username);
        return flags;
    }

    private static void flag(List<String> flags, String name, int value) {
        flags.add(name);
        flags.add(Integer.toString(value));
    }

    private static void requireAtLeast(int min, int value, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ": " + value);
        }
    }
}
