package dev.cloudfit.reports.workbook;

import dev.cloudfit.core.units.Money;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.Fit;
import dev.cloudfit.reports.model.Readiness;
import dev.cloudfit.reports.model.VmRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The aggregates the Summary shows, in one pass over the VMs: VMs per readiness, monthly cost per
 * cluster and the most expensive VMs, all in the report's reference scenario at list price, and how
 * many VMs placed on IaaS have no price there (left out of the sums, and said so).
 */
record SummaryFigures(Map<Readiness, Long> byReadiness, List<Share> clusters, List<Share> topVms, long unpriced) {

    /** Clusters shown by name; the rest are summed as "Other clusters". */
    static final int CLUSTERS_SHOWN = 12;
    static final int TOP_VMS = 20;

    /** A labelled amount; {@code detail} is the cluster of a VM ("" for a cluster). */
    record Share(String label, String detail, String size, Money monthly) {
    }

    static SummaryFigures of(AssessmentReport report) {
        String scenario = report.header().referenceScenario();
        Map<Readiness, Long> readiness = new EnumMap<>(Readiness.class);
        for (Readiness r : Readiness.values()) {
            readiness.put(r, 0L);
        }
        Map<String, Money> perCluster = new HashMap<>();
        Comparator<Share> cheapestFirst = Comparator.comparing(Share::monthly);
        PriorityQueue<Share> top = new PriorityQueue<>(cheapestFirst);
        long unpriced = 0;
        for (VmRow vm : report.vms()) {
            readiness.merge(vm.readiness(), 1L, Long::sum);
            var cost = vm.costIn(scenario);
            if (cost.isEmpty()) {
                unpriced += vm.fit() == Fit.IAAS ? 1 : 0;
                continue;
            }
            String cluster = vm.cluster().isBlank() ? "(no cluster)" : vm.cluster();
            perCluster.merge(cluster, cost.get(), Money::plus);
            top.add(new Share(vm.id().name(), cluster, vm.recommendedSize().orElse(""), cost.get()));
            if (top.size() > TOP_VMS) {
                top.poll();
            }
        }
        List<Share> topVms = new ArrayList<>(top);
        topVms.sort(cheapestFirst.reversed());
        List<Share> clusters = new ArrayList<>();
        perCluster.forEach((k, v) -> clusters.add(new Share(k, "", "", v)));
        clusters.sort(cheapestFirst.reversed().thenComparing(Share::label));
        if (clusters.size() > CLUSTERS_SHOWN) {
            Money rest = clusters.subList(CLUSTERS_SHOWN - 1, clusters.size()).stream()
                    .map(Share::monthly).reduce(Money::plus).orElseThrow();
            int others = clusters.size() - (CLUSTERS_SHOWN - 1);
            clusters.subList(CLUSTERS_SHOWN - 1, clusters.size()).clear();
            clusters.add(new Share("Other clusters (" + others + ")", "", "", rest));
        }
        return new SummaryFigures(readiness, List.copyOf(clusters), List.copyOf(topVms), unpriced);
    }
}
