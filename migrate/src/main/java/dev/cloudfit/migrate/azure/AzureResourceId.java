package dev.cloudfit.migrate.azure;

import java.util.Locale;
import java.util.Objects;

/**
 * The ARM id of a resource in a resource group, e.g.
 * {@code /subscriptions/S/resourceGroups/RG/providers/Microsoft.Compute/disks/NAME}. ARM compares ids
 * case-insensitively, so {@link #sameAs} does too.
 *
 * @param subscriptionId the subscription
 * @param resourceGroup  the resource group
 * @param type           {@code Microsoft.Compute/disks}, {@code Microsoft.Network/networkInterfaces}...
 * @param name           the resource's name
 */
public record AzureResourceId(String subscriptionId, String resourceGroup, String type, String name) {

    public static final String DISK = "Microsoft.Compute/disks";
    public static final String VM = "Microsoft.Compute/virtualMachines";
    public static final String NIC = "Microsoft.Network/networkInterfaces";
    public static final String VNET = "Microsoft.Network/virtualNetworks";
    /** A resource group itself: {@link #resourceGroup} names it, {@link #toString()} is the group's id. */
    public static final String RESOURCE_GROUP = "Microsoft.Resources/resourceGroups";
    /** A subscription itself, for messages about subscription-wide calls. */
    public static final String SUBSCRIPTION = "Microsoft.Resources/subscriptions";

    public AzureResourceId {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (type.split("/").length != 2) {
            throw new IllegalArgumentException("a top-level resource type is Namespace/type: " + type);
        }
    }

    /**
     * @param id an ARM id of a top-level resource in a resource group
     * @return the parsed id
     * @throws IllegalArgumentException when it is not one
     */
    public static AzureResourceId parse(String id) {
        String[] s = id.startsWith("/") ? id.substring(1).split("/") : id.split("/");
        if (s.length != 8 || !s[0].equalsIgnoreCase("subscriptions") || !s[2].equalsIgnoreCase("resourceGroups")
                || !s[4].equalsIgnoreCase("providers")) {
            throw new IllegalArgumentException("not the ARM id of a resource in a resource group: " + id);
        }
        return new AzureResourceId(s[1], s[3], s[5] + "/" + s[6], s[7]);
    }

    /** @return the id of a resource group */
    public static AzureResourceId resourceGroup(String subscriptionId, String name) {
        return new AzureResourceId(subscriptionId, name, RESOURCE_GROUP, name);
    }

    /** @return the id of a subscription */
    public static AzureResourceId subscription(String subscriptionId) {
        return new AzureResourceId(subscriptionId, "", SUBSCRIPTION, subscriptionId);
    }

    /** @return the same resource group and subscription, another resource */
    public AzureResourceId sibling(String otherType, String otherName) {
        return new AzureResourceId(subscriptionId, resourceGroup, otherType, otherName);
    }

    /** @return a short label for messages, e.g. {@code disk 'web01-os'} */
    public String label() {
        String kind = switch (type.toLowerCase(Locale.ROOT)) {
            case "microsoft.compute/disks" -> "disk";
            case "microsoft.compute/virtualmachines" -> "VM";
            case "microsoft.network/networkinterfaces" -> "NIC";
            case "microsoft.network/virtualnetworks" -> "virtual network";
            case "microsoft.resources/resourcegroups" -> "resource group";
            case "microsoft.resources/subscriptions" -> "subscription";
            default -> type;
        };
        if (type.equals(RESOURCE_GROUP) || type.equals(SUBSCRIPTION)) {
            return kind + " '" + name + "'";
        }
        return kind + " '" + name + "' (resource group " + resourceGroup + ")";
    }

    /** @return whether both name the same resource, compared as ARM compares */
    public boolean sameAs(AzureResourceId other) {
        return toString().equalsIgnoreCase(other.toString());
    }

    @Override
    public String toString() {
        if (type.equals(SUBSCRIPTION)) {
            return "/subscriptions/" + subscriptionId;
        }
        if (type.equals(RESOURCE_GROUP)) {
            return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup;
        }
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup + "/providers/" + type + "/" + name;
    }
}
