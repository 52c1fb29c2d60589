package dev.cloudfit.assess.pricing;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A disk tier and its redundancy, read from a tier row's {@code skuName} such as {@code P10 LRS}. */
public record DiskTierSku(DiskTier tier, DiskRedundancy redundancy) {

    private static final Pattern SKU = Pattern.compile("([PES]\\d{1,2}) (LRS|ZRS)");

    public DiskTierSku {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(redundancy, "redundancy");
    }

    public static Optional<DiskTierSku> parse(String skuName) {
        var m = SKU.matcher(skuName.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DiskTierSku(DiskTier.of(m.group(1)), DiskRedundancy.valueOf(m.group(2))));
    }
}
