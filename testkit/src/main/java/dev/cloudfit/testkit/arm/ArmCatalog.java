package dev.cloudfit.testkit.arm;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/**
 * What the local ARM's subscription is offered: regions, VM sizes per region (some restricted for
 * the subscription, as Resource SKUs reports them) and vCPU quotas per region and family.
 */
final class ArmCatalog {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    record Size(String name, String family, int vcpus) {
    }

    private final Map<String, String> regions = new LinkedHashMap<>();
    private final Map<String, Map<String, Size>> sizes = new LinkedHashMap<>();
    private final Set<String> restricted = new LinkedHashSet<>();
    private final Map<String, int[]> quotas = new LinkedHashMap<>();

    ArmCatalog() {
        region("westeurope", "West Europe");
        region("northeurope", "North Europe");
        region("eastus", "East US");
        for (String region : regions.keySet()) {
            offer(region, "Standard_B2s", "standardBSFamily", 2);
            offer(region, "Standard_D2s_v5", "standardDSv5Family", 2);
            offer(region, "Standard_D4s_v5", "standardDSv5Family", 4);
            offer(region, "Standard_E8s_v5", "standardESv5Family", 8);
            quota(region, "cores", 0, 100);
            quota(region, "standardBSFamily", 0, 20);
            quota(region, "standardDSv5Family", 0, 20);
            quota(region, "standardESv5Family", 0, 20);
        }
    }

    synchronized void region(String name, String displayName) {
        regions.put(name, displayName);
    }

    synchronized boolean hasRegion(String name) {
        return regions.containsKey(norm(name));
    }

    synchronized void offer(String region, String size, String family, int vcpus) {
        sizes.computeIfAbsent(norm(region), r -> new LinkedHashMap<>()).put(norm(size), new Size(size, family, vcpus));
    }

    synchronized void restrict(String region, String size) {
        restricted.add(norm(region) + "|" + norm(size));
    }

    synchronized void quota(String region, String family, int baseline, int limit) {
        quotas.put(norm(region) + "|" + family.toLowerCase(Locale.ROOT), new int[] {baseline, limit});
    }

    /** @return the size when it is offered in the region and not restricted, else {@code null} */
    synchronized Size available(String region, String size) {
        if (restricted.contains(norm(region) + "|" + norm(size))) {
            return null;
        }
        return sizes.getOrDefault(norm(region), Map.of()).get(norm(size));
    }

    /** @return {@code {baseline, limit}} or {@code null} when no quota is known */
    synchronized int[] quota(String region, String family) {
        return quotas.get(norm(region) + "|" + family.toLowerCase(Locale.ROOT));
    }

    synchronized ObjectNode locations(String subscriptionId) {
        ArrayNode value = JSON.arrayNode();
        regions.forEach((name, display) -> value.addObject()
                .put("id", "/subscriptions/" + subscriptionId + "/locations/" + name)
                .put("name", name).put("displayName", display).put("regionalDisplayName", "(Europe) " + display));
        ObjectNode out = JSON.objectNode();
        out.set("value", value);
        return out;
    }

    synchronized ObjectNode skus(String regionFilter) {
        ArrayNode value = JSON.arrayNode();
        sizes.forEach((region, byName) -> {
            if (regionFilter != null && !regionFilter.equals(region)) {
                return;
            }
            byName.values().forEach(size -> {
                ObjectNode sku = value.addObject();
                sku.put("resourceType", "virtualMachines").put("name", size.name()).put("tier", "Standard")
                        .put("family", size.family());
                sku.putArray("locations").add(region);
                sku.putArray("locationInfo").addObject().put("location", region);
                ArrayNode caps = sku.putArray("capabilities");
                caps.addObject().put("name", "vCPUs").put("value", String.valueOf(size.vcpus()));
                caps.addObject().put("name", "HyperVGenerations").put("value", "V1,V2");
                ArrayNode restrictions = sku.putArray("restrictions");
                if (restricted.contains(region + "|" + norm(size.name()))) {
                    ObjectNode r = restrictions.addObject().put("type", "Location").put("reasonCode", "NotAvailableForSubscription");
                    r.putArray("values").add(region);
                    r.putObject("restrictionInfo").putArray("locations").add(region);
                }
            });
        });
        ObjectNode out = JSON.objectNode();
        out.set("value", value);
        return out;
    }

    /**
     * @param region the region
     * @param used   vCPUs used by the VMs in that region for a family ({@code "cores"} for all)
     * @return ARM's usages answer
     */
    synchronized ObjectNode usages(String region, ToIntBiFunction<String, String> used) {
        ArrayNode value = JSON.arrayNode();
        quotas.forEach((key, q) -> {
            String[] parts = key.split("\\|");
            if (!parts[0].equals(norm(region))) {
                return;
            }
            String family = familyName(parts[1]);
            ObjectNode usage = value.addObject().put("unit", "Count")
                    .put("currentValue", q[0] + used.applyAsInt(parts[0], family)).put("limit", q[1]);
            usage.putObject("name").put("value", family)
                    .put("localizedValue", "cores".equals(family) ? "Total Regional vCPUs" : family + " vCPUs");
        });
        ObjectNode out = JSON.objectNode();
        out.set("value", value);
        return out;
    }

    private String familyName(String lower) {
        for (Map<String, Size> byName : sizes.values()) {
            for (Size size : byName.values()) {
                if (size.family().toLowerCase(Locale.ROOT).equals(lower)) {
                    return size.family();
                }
            }
        }
        return lower;
    }

    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
