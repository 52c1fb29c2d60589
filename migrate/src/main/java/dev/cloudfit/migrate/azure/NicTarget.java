package dev.cloudfit.migrate.azure;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A network interface for a migrated VM: in an existing subnet, a static address when the plan
 * keeps the source's, else a dynamic one; never a public IP.
 *
 * @param id       the NIC's id
 * @param region   its region
 * @param subnet   the subnet it joins
 * @param staticIp the private address to keep, or {@code null} for a dynamic one
 */
public record NicTarget(AzureResourceId id, String region, SubnetRef subnet, String staticIp) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.){3}\\d{1,3}");

    public NicTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(subnet, "subnet");
        if (!id.type().equals(AzureResourceId.NIC)) {
            throw new IllegalArgumentException("not a NIC id: " + id);
        }
        if (staticIp != null && !IPV4.matcher(staticIp).matches()) {
            throw new IllegalArgumentException("not an IPv4 address: " + staticIp);
        }
    }
}
