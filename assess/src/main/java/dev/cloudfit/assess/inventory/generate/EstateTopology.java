package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Host;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fixed part of a generated estate: one vCenter, its datacenters, clusters and hosts. It is
 * small (one record per host) and made once; VMs are then placed on it by index.
 */
record EstateTopology(String vcenter, String vcenterUuid, List<ClusterSite> clusters) {

    EstateTopology {
        clusters = List.copyOf(clusters);
    }

    List<Host> hosts() {
        List<Host> all = new ArrayList<>();
        for (ClusterSite c : clusters) {
            all.addAll(c.hosts());
        }
        return all;
    }

    List<String> datacenters() {
        return clusters.stream().map(ClusterSite::datacenter).distinct().toList();
    }

    List<ClusterSite> workloadClusters() {
        return clusters.stream().filter(c -> !c.isManagement()).toList();
    }

    List<ClusterSite> managementClusters() {
        return clusters.stream().filter(ClusterSite::isManagement).toList();
    }

    /** Picks clusters in proportion to their host counts, so big clusters get more VMs. */
    static final class ClusterPicker {
        private final List<ClusterSite> clusters;
        private final int[] cumulativeHosts;

        ClusterPicker(List<ClusterSite> clusters) {
            this.clusters = List.copyOf(clusters);
            this.cumulativeHosts = new int[clusters.size()];
            int sum = 0;
            for (int i = 0; i < clusters.size(); i++) {
                sum += clusters.get(i).hosts().size();
                cumulativeHosts[i] = sum;
            }
        }

        ClusterSite pick(Dice dice) {
            int h = dice.between(0, cumulativeHosts[cumulativeHosts.length - 1] - 1);
            int i = Arrays.binarySearch(cumulativeHosts, h + 1);
            return clusters.get(i >= 0 ? i : -i - 1);
        }
    }
}
