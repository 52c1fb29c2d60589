package dev.cloudfit.reports.plan;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Azure's naming rules for what an admin types on the Migration Plan ("Naming rules and
 * restrictions for Azure resources", Microsoft Learn, read 2026-12-07): resource group 1–90
 * characters of letters, digits, {@code _ ( ) - .}, not ending with a period; virtual network 2–64
 * and subnet 1–80 characters of letters, digits, {@code _ . -}, starting with a letter or digit and
 * ending with a letter, digit or underscore. Each check answers what is wrong, or nothing.
 */
public final class AzureNames {

    private static final Pattern RESOURCE_GROUP = Pattern.compile("[\\p{L}\\p{N}_().-]{1,90}");
    private static final Pattern NETWORK = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9_.-]*[A-Za-z0-9_])?");
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private AzureNames() {
    }

    public static Optional<String> resourceGroup(String name) {
        if (!RESOURCE_GROUP.matcher(name).matches()) {
            return Optional.of("a resource group name has 1 to 90 letters, digits, '_', '(', ')', '-' or '.'");
        }
        if (name.endsWith(".")) {
            return Optional.of("a resource group name cannot end with a period");
        }
        return Optional.empty();
    }

    public static Optional<String> virtualNetwork(String name) {
        return network(name, 2, 64, "virtual network");
    }

    /**
     * The VNet column: a virtual network in the VM's resource group ({@code vnet-hub}), or in another
     * one written {@code group/vnet} ({@code rg-network/vnet-hub}).
     */
    public static Optional<String> virtualNetworkReference(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return virtualNetwork(value);
        }
        return resourceGroup(value.substring(0, slash)).or(() -> virtualNetwork(value.substring(slash + 1)));
    }

    public static Optional<String> subnet(String name) {
        return network(name, 1, 80, "subnet");
    }

    /** {@code dynamic}, or a static IPv4 address such as 10.1.2.4. */
    public static Optional<String> ip(String value) {
        if (value.equalsIgnoreCase("dynamic") || IPV4.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of("write 'dynamic', or a static IPv4 address such as 10.1.2.4");
    }

    private static Optional<String> network(String name, int min, int max, String what) {
        if (name.length() < min || name.length() > max || !NETWORK.matcher(name).matches()) {
            return Optional.of("a " + what + " name has " + min + " to " + max + " letters, digits, '_', '.' or '-',"
                    + " starts with a letter or digit and ends with a letter, digit or '_'");
        }
        return Optional.empty();
    }
}
