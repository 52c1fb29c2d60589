package dev.cloudfit.assess.inventory.summary;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.OsFamily;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** What {@code cloudfit inventory} prints: estate totals, per cluster and per OS family, and provenance. */
public record InventorySummary(
        SummaryLine total,
        long hosts,
        long hostCores,
        List<SummaryLine> byCluster,
        List<SummaryLine> byOsFamily,
        InventorySource source) {

    public static InventorySummary of(Inventory inventory) {
        List<Vm> vms = inventory.vms();
        SummaryLine total = line("all", vms);
        List<SummaryLine> clusters = groups(vms, v -> v.placement().cluster() == null ? "(no cluster)"
                : v.placement().cluster(), true);
        List<SummaryLine> families = new ArrayList<>();
        Map<OsFamily, List<Vm>> byFamily = new LinkedHashMap<>();
        for (OsFamily f : OsFamily.values()) {
            byFamily.put(f, new ArrayList<>());
        }
        vms.forEach(v -> byFamily.get(v.guestOs().family()).add(v));
        byFamily.forEach((f, list) -> {
            if (!list.isEmpty()) {
                families.add(line(f.label(), list));
            }
        });
        long cores = inventory.hosts().stream().mapToLong(h -> h.cpuCores()).sum();
        return new InventorySummary(total, inventory.hosts().size(), cores, clusters, families, inventory.source());
    }

    private static List<SummaryLine> groups(List<Vm> vms, Function<Vm, String> key, boolean sorted) {
        Map<String, List<Vm>> m = sorted ? new TreeMap<>() : new LinkedHashMap<>();
        vms.forEach(v -> m.computeIfAbsent(key.apply(v), k -> new ArrayList<>()).add(v));
        List<SummaryLine> out = new ArrayList<>();
        m.forEach((k, list) -> out.add(line(k, list)));
        return out;
    }

    static SummaryLine line(String group, List<Vm> all) {
        long on = 0;
        long off = 0;
        long suspended = 0;
        long templates = 0;
        long vms = 0;
        long vcpus = 0;
        DataSize memory = DataSize.ZERO;
        DataSize provisioned = DataSize.ZERO;
        DataSize used = DataSize.ZERO;
        for (Vm v : all) {
            if (v.template()) {
                templates++;
                continue;
            }
            vms++;
            if (v.powerState() == PowerState.POWERED_ON) {
                on++;
            } else if (v.powerState() == PowerState.POWERED_OFF) {
                off++;
            } else if (v.powerState() == PowerState.SUSPENDED) {
                suspended++;
            }
            vcpus += v.vcpus();
            memory = memory.plus(v.memory());
            provisioned = provisioned.plus(v.provisioned());
            used = used.plus(v.inUse());
        }
        return new SummaryLine(group, vms, on, off, suspended, templates, vcpus, memory.toGibibytes(),
                provisioned.toTebibytes(), used.toTebibytes());
    }
}
