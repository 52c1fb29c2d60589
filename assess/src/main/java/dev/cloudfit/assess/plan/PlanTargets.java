package dev.cloudfit.assess.plan;

import dev.cloudfit.reports.model.PlanRow;

/**
 * The targets proposed for one VM on the Migration Plan; empty text means "not set" (the admin
 * fills it in before approving).
 */
public record PlanTargets(String resourceGroup, String vnet, String subnet, int wave, String ip, String testVnet) {

    /** What a VM gets with no rule: a resource group named after its cluster, wave 1, a dynamic IP. */
    public static PlanTargets forCluster(String cluster) {
        String name = cluster == null || cluster.isBlank() ? "unclustered" : cluster;
        String rg = "rg-" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._()-]+", "-");
        if (rg.length() > 90) {
            rg = rg.substring(0, 90);
        }
        while (rg.endsWith(".")) {
            rg = rg.substring(0, rg.length() - 1);
        }
        return new PlanTargets(rg, "", "", 1, PlanRow.DYNAMIC_IP, "");
    }
}
