package dev.cloudfit.migrate.azure;

import dev.cloudfit.core.error.BadInputException;
import java.util.List;

/**
 * A managed disk's SKU as ARM names it ({@code Premium_LRS}...), from the approved disk type.
 *
 * @param name ARM's name
 */
public record DiskSku(String name) {

    /** The SKUs a managed disk can have. */
    public static final List<String> KNOWN = List.of("Standard_LRS", "StandardSSD_LRS", "Premium_LRS", "PremiumV2_LRS",
            "UltraSSD_LRS", "StandardSSD_ZRS", "Premium_ZRS");

    public DiskSku {
        if (!KNOWN.contains(name)) {
            throw new BadInputException("disk type '" + name + "' is not a managed disk SKU; use one of " + String.join(", ", KNOWN));
        }
    }

    public static DiskSku of(String name) {
        return new DiskSku(name);
    }

    /** @return whether uploads to it need {@code logicalSectorSize=512} (Ultra and Premium SSD v2 with VHD) */
    public boolean needs512ByteSectors() {
        return name.equals("UltraSSD_LRS") || name.equals("PremiumV2_LRS");
    }
}
