package dev.cloudfit.assess.pricing.retail;

import dev.cloudfit.assess.pricing.PriceType;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An OData {@code $filter} for the Retail Prices API, built from values and rendered by {@link #render()}.
 * String values are single-quoted with {@code '} doubled ({@code O'Brien} becomes {@code 'O''Brien'}); an
 * {@code or} group inside an {@code and} is parenthesised. {@code or} and parentheses are not in the API docs but
 * work (real recorded responses use them); {@code contains} is used only on {@code productName}-like text fields.
 * URL encoding happens later, in the client.
 */
public sealed interface PriceFilter {

    /** The filter as OData text, e.g. {@code serviceName eq 'Virtual Machines' and armRegionName eq 'westeurope'}. */
    String render();

    /** {@code field eq 'value'}. */
    record Equals(FilterField field, String value) implements PriceFilter {
        public Equals {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String render() {
            return field.odataName() + " eq " + quote(value);
        }
    }

    /** {@code contains(field, 'value')}. */
    record Contains(FilterField field, String value) implements PriceFilter {
        public Contains {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String render() {
            return "contains(" + field.odataName() + ", " + quote(value) + ")";
        }
    }

    /** All of the parts. */
    record And(List<PriceFilter> parts) implements PriceFilter {
        public And {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("an 'and' needs at least one part");
            }
        }

        @Override
        public String render() {
            return parts.stream().map(p -> p instanceof Or ? "(" + p.render() + ")" : p.render())
                    .collect(Collectors.joining(" and "));
        }
    }

    /** Any of the parts; each {@code and} inside is parenthesised for the reader's sake. */
    record Or(List<PriceFilter> parts) implements PriceFilter {
        public Or {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("an 'or' needs at least one part");
            }
        }

        @Override
        public String render() {
            return parts.stream().map(p -> p instanceof And && ((And) p).parts().size() > 1 ? "(" + p.render() + ")"
                    : p.render()).collect(Collectors.joining(" or "));
        }
    }

    static PriceFilter eq(FilterField field, String value) {
        return new Equals(field, value);
    }

    static PriceFilter serviceName(String value) {
        return eq(FilterField.SERVICE_NAME, value);
    }

    static PriceFilter region(String armRegionName) {
        return eq(FilterField.ARM_REGION_NAME, armRegionName);
    }

    static PriceFilter armSkuName(String value) {
        return eq(FilterField.ARM_SKU_NAME, value);
    }

    static PriceFilter priceType(PriceType type) {
        return eq(FilterField.PRICE_TYPE, type.wireName());
    }

    static PriceFilter productNameContains(String text) {
        return new Contains(FilterField.PRODUCT_NAME, text);
    }

    static PriceFilter and(PriceFilter... parts) {
        return new And(List.of(parts));
    }

    static PriceFilter or(PriceFilter... parts) {
        return new Or(List.of(parts));
    }

    /** An OData string literal: single quotes around, each {@code '} inside doubled. */
    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
