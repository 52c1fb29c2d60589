package dev.cloudfit.testkit.arm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An ARM resource path, matched case-insensitively as ARM does:
 * {@code /subscriptions/S/resourceGroups/RG/providers/NS/T1/N1[/T2/N2][/ACTION]}.
 *
 * @param subscriptionId the subscription
 * @param resourceGroup  the resource group
 * @param namespace      e.g. {@code Microsoft.Compute}
 * @param types          e.g. {@code [disks]} or {@code [virtualNetworks, subnets]}
 * @param names          one name per type
 * @param action         the trailing action ({@code beginGetAccess}, {@code instanceView}) or {@code null}
 */
record ArmPath(String subscriptionId, String resourceGroup, String namespace, List<String> types,
               List<String> names, String action) {

    /** @return the parsed path, or {@code null} when it is no resource path */
    static ArmPath parse(List<String> segments) {
        if (segments.size() < 8 || !is(segments.get(0), "subscriptions") || !is(segments.get(2), "resourcegroups")
                || !is(segments.get(4), "providers")) {
            return null;
        }
        List<String> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int i = 6;
        while (i + 1 < segments.size()) {
            types.add(segments.get(i));
            names.add(segments.get(i + 1));
            i += 2;
        }
        String action = i < segments.size() ? segments.get(i) : null;
        return new ArmPath(segments.get(1), segments.get(3), segments.get(5), List.copyOf(types), List.copyOf(names), action);
    }

    static boolean is(String segment, String expected) {
        return segment.equalsIgnoreCase(expected);
    }

    /** @return e.g. {@code Microsoft.Network/virtualNetworks/subnets} */
    String type() {
        return namespace + "/" + String.join("/", types);
    }

    /** @return the canonical id, with ARM's {@code resourceGroups} spelling */
    String id() {
        StringBuilder id = new StringBuilder("/subscriptions/").append(subscriptionId).append("/resourceGroups/")
                .append(resourceGroup).append("/providers/").append(namespace);
        for (int i = 0; i < types.size(); i++) {
            id.append('/').append(types.get(i)).append('/').append(names.get(i));
        }
        return id.toString();
    }

    String name() {
        return names.get(names.size() - 1);
    }

    ArmPath parent() {
        return new ArmPath(subscriptionId, resourceGroup, namespace, types.subList(0, types.size() - 1),
                names.subList(0, names.size() - 1), null);
    }

    boolean isType(String fullType) {
        return type().equalsIgnoreCase(fullType);
    }

    static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
