package dev.cloudfit.assess.catalog.refresh;

import java.util.function.Consumer;

/**
 * Where Resource SKUs come from: Azure Resource Manager through the SDK in production
 * ({@code arm.ArmResourceSkus}), a local fake ARM server in tests. Pages are followed and handed
 * over SKU by SKU, so a caller never holds a whole page list.
 */
public interface ResourceSkuSource {

    /** Every SKU Azure lists for {@code region} (the API's {@code location eq} filter), page after page. */
    void forEach(String region, Consumer<ResourceSku> sink);

    /** Where the SKUs were read, for the catalog's source line (endpoint and subscription, never a secret). */
    String describe();
}
