package dev.cloudfit.assess.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;

/** AVS host types against the Hosts table of the AVS private-cloud concepts page. */
class CatalogAvsNodeTest {

    private final AzureCatalog catalog = AzureCatalog.bundled();

    @Test
    void av36HasThirtySixCoresAnd576GiB() {
        AvsNodeSpec av36 = catalog.avsNode("AV36").orElseThrow();
        assertThat(av36.physicalCores()).isEqualTo(36);
        assertThat(av36.logicalCores()).isEqualTo(72);
        assertThat(av36.memory()).isEqualTo(DataSize.ofGibibytes(576));
        assertThat(av36.vsanCacheRaw()).contains(DataSize.ofBytes(3_200_000_000_000L));
        assertThat(av36.vsanCapacityRaw()).isEqualTo(DataSize.ofBytes(15_200_000_000_000L));
        assertThat(av36.cpuModel()).contains("Gold 6140");
    }

    @Test
    void everyDocumentedHostTypeIsPresent() {
        assertThat(catalog.avsNodes()).extracting(AvsNodeSpec::sku).containsOnly("AV36", "AV36P", "AV48", "AV52", "AV64");
        assertThat(catalog.avsNode("AV52").orElseThrow().memory()).isEqualTo(DataSize.ofGibibytes(1536));
        assertThat(catalog.avsNode("AV36P").orElseThrow().vsanCapacityRaw()).isEqualTo(DataSize.ofBytes(19_200_000_000_000L));
    }

    @Test
    void esaHostsHaveNoCacheTier() {
        AvsNodeSpec av48 = catalog.avsNode("AV48").orElseThrow();
        assertThat(av48.vsanArchitecture()).isEqualTo(VsanArchitecture.ESA);
        assertThat(av48.vsanCacheRaw()).isEmpty();
        AvsNodeSpec av64Esa = catalog.avsNode("AV64-ESA").orElseThrow();
        assertThat(av64Esa.vsanCapacityRaw()).isEqualTo(DataSize.ofBytes(19_250_000_000_000L));
        assertThat(catalog.avsNode("AV64").orElseThrow().vsanCacheRaw()).contains(DataSize.ofBytes(3_840_000_000_000L));
    }
}
