package dev.cloudfit.assess.pricing;

import java.util.Objects;

/**
 * An Azure VMware Solution host SKU as the price list's {@code skuName} writes it, e.g. {@code AV36},
 * {@code AV36P VCF BYOL}. An open set: Microsoft adds node types and licensing variants.
 */
public record AvsNodeSku(String value) {

    public AvsNodeSku {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an AVS node SKU cannot be blank");
        }
    }

    public static AvsNodeSku of(String value) {
        return new AvsNodeSku(value.trim());
    }

    @Override
    public String toString() {
        return value;
    }
}
