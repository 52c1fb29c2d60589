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
        assertThat(v.regionDataDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(v.sources()).extracting(SourceRef::repository)
                .contains("MicrosoftDocs/azure-compute-docs", "MicrosoftDocs/azure-docs", "microsoft/ga4gh-tes");
        assertThat(v.describe().get(0)).contains("2026-11-25").contains("2025-03-04");
        assertThat(v.describe()).hasSize(v.sources().size() + 1);
    }

    @Test
    void everySizeCarriesASourceWithADate() {
        assertThat(catalog.vmSizes()).allSatisfy(s -> {
            assertThat(s.source().url()).startsWith("https://learn.microsoft.com/");
            assertThat(s.source().commit()).hasSize(40);
            assertThat(s.source().documentDate()).isNotNull();
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
        assertThat(perFamily).containsOnly(Map.entry("D", 177L), Map.entry("E", 168L), Map.entry("F", 29L),
                Map.entry("B", 32L), Map.entry("L", 12L), Map.entry("M", 19L));
        assertThat(catalog.series()).hasSize(51);
        assertThat(catalog.vmSizes()).hasSize(437);
        assertThat(catalog.vmSizes().stream().filter(VmSizeSpec::hasFullLimits)).hasSize(417);
    }
}
