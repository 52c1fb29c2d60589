package dev.cloudfit.assess.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.DataSize;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalog loads, is shared, and holds what docs/catalog.md says it holds. */
class CatalogLoadTest {

    private final AzureCatalog catalog = AzureCatalog.bundled();

    @Test
    void loadsOnceAndIsShared() {
        assertThat(AzureCatalog.bundled()).isSameAs(catalog);
        assertThat(catalog.vmSizes()).isNotEmpty();
    }

    @Test
    void versionNamesTheDatesAndEverySource() {
        CatalogVersion v = catalog.version();
        assertThat(v.datasetDate()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(v.regionDataDate()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(v.sources()).extracting(SourceRef::repository)
                .contains("MicrosoftDocs/azure-compute-docs", "MicrosoftDocs/azure-docs",
                        "DarrenJohns/djtools-azure-vm-sku-locator", "flexera-public/policy_templates");
        assertThat(v.describe().get(0)).contains("2026-11-25").contains("2026-08-01");
        assertThat(v.describe()).hasSize(v.sources().size() + 1);
    }

    @Test
    void everySizeCarriesASourceWithADate() {
        assertThat(catalog.vmSizes()).allSatisfy(s -> {
            if (s.source().repository().equals("flexera-public/policy_templates")) {
                // sizes no series page gave: the Resource SKUs capability file of 2026-08-17
                assertThat(s.source().commit()).isEqualTo("c4528fa");
                assertThat(s.source().documentDate()).isEqualTo(LocalDate.of(2026, 8, 17));
            } else {
                assertThat(s.source().url()).startsWith("https://learn.microsoft.com/");
                assertThat(s.source().commit()).hasSize(40);
                assertThat(s.source().documentDate()).isNotNull();
            }
        });
    }

    @Test
    void lookupsFilterBySeries() {
        assertThat(catalog.vmSizesInSeries(VmSeries.of("dsv5"))).extracting(s -> s.name().value())
                .containsExactly("Standard_D2s_v5", "Standard_D4s_v5", "Standard_D8s_v5", "Standard_D16s_v5",
                        "Standard_D32s_v5", "Standard_D48s_v5", "Standard_D64s_v5", "Standard_D96s_v5");
        assertThat(catalog.vmSize(VmSizeName.of("Standard_Nope_v1"))).isEmpty();
    }

    @Test
    void seriesFeaturesComeThroughToEachSize() {
        VmSizeSpec dv5 = catalog.vmSize(VmSizeName.of("Standard_D2_v5")).orElseThrow();
        assertThat(dv5.premiumStorage()).isFalse();
        assertThat(dv5.supports(HyperVGeneration.V1)).isTrue();
        VmSizeSpec dsv6 = catalog.vmSize(VmSizeName.of("Standard_D2s_v6")).orElseThrow();
        assertThat(dsv6.supports(HyperVGeneration.V1)).isFalse();
        assertThat(dsv6.supports(HyperVGeneration.V2)).isTrue();
        assertThat(catalog.vmSize(VmSizeName.of("Standard_D4s_v5")).orElseThrow().acceleratedNetworking())
                .isEqualTo(AcceleratedNetworking.REQUIRED);
    }

    @Test
    void unknownFiguresStayUnknown() {
        VmSizeSpec e192ids = catalog.vmSize(VmSizeName.of("Standard_E192ids_v6")).orElseThrow();
        assertThat(e192ids.uncachedDiskIops()).hasValue(260000);
        assertThat(e192ids.uncachedDiskThroughput()).isEmpty();
        assertThat(e192ids.hasFullLimits()).isFalse();
        assertThat(e192ids.note()).isPresent();
    }

    @Test
    void burstableSizesCarryTheirBaselineAndOverrides() {
        VmSizeSpec b2s = catalog.vmSize(VmSizeName.of("Standard_B2s")).orElseThrow();
        assertThat(b2s.baseCpuPercent()).hasValue(20.0);
        assertThat(b2s.acceleratedNetworking()).isEqualTo(AcceleratedNetworking.NOT_SUPPORTED);
        assertThat(b2s.networkBandwidth()).isEmpty();
        assertThat(catalog.vmSize(VmSizeName.of("Standard_B12ms")).orElseThrow().acceleratedNetworking())
                .isEqualTo(AcceleratedNetworking.SUPPORTED);
        assertThat(catalog.vmSize(VmSizeName.of("Standard_B4ms")).orElseThrow().baseCpuPercent()).hasValue(22.5);
        assertThat(catalog.vmSize(VmSizeName.of("Standard_B1ls")).orElseThrow().memory()).isEqualTo(DataSize.ofMebibytes(512));
        assertThat(catalog.vmSize(VmSizeName.of("Standard_D4s_v5")).orElseThrow().baseCpuPercent()).isEmpty();
    }

    @Test
    void coreRatioComesFromTheAcuPageWhereItListsTheSeries() {
        VmSizeSpec d8sv4 = catalog.vmSize(VmSizeName.of("Standard_D8s_v4")).orElseThrow();
        assertThat(d8sv4.vcpusPerCore()).hasValue(2);
        assertThat(d8sv4.physicalCores()).hasValue(4);
        assertThat(catalog.vmSize(VmSizeName.of("Standard_B2ms")).orElseThrow().vcpusPerCore()).hasValue(1);
        assertThat(catalog.vmSize(VmSizeName.of("Standard_D4s_v5")).orElseThrow().vcpusPerCore()).isEmpty();
        assertThat(catalog.vmSize(VmSizeName.of("Standard_D4s_v5")).orElseThrow().physicalCores()).isEmpty();
        assertThat(catalog.version().sources()).extracting(SourceRef::path).contains("articles/virtual-machines/acu.md");
    }

    @Test
    void countsPerFamily() {
        Map<String, Long> perFamily = catalog.vmSizes().stream()
                .collect(Collectors.groupingBy(VmSizeSpec::family, Collectors.counting()));
        // every size of the Resource SKUs capability file (1,501): 437 from the series pages, 1,064 from the API
        assertThat(perFamily).contains(Map.entry("D", 394L), Map.entry("E", 411L), Map.entry("F", 115L),
                Map.entry("B", 41L), Map.entry("L", 47L), Map.entry("M", 104L), Map.entry("A", 7L), Map.entry("DS", 33L),
                Map.entry("G", 5L), Map.entry("GS", 9L));
        assertThat(catalog.series()).hasSize(219);
        assertThat(catalog.vmSizes()).hasSize(1501);
        assertThat(catalog.vmSizes().stream().filter(VmSizeSpec::hasFullLimits)).hasSize(417);
    }
}
