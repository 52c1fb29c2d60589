package dev.cloudfit.assess.pricing;

import java.util.Objects;

/**
 * An Azure Resource Manager VM size name as the price list's {@code armSkuName} spells it, e.g.
 * {@code Standard_D4s_v5}. This is the join key between prices and VM sizes; {@code meterName} is not, because
 * one meter is shared by the {@code s} and non-{@code s} variants. An open set, so a string-backed value.
 */
public record ArmSkuName(String value) {

    public ArmSkuName {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an ARM SKU name cannot be blank");
        }
    }

    public static ArmSkuName of(String value) {
        return new ArmSkuName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
