package dev.cloudfit.assess.catalog;

import dev.cloudfit.core.units.DataRate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.core.units.DataSize;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spot checks of single sizes against their Microsoft Learn series pages (the commit of each page
 * is in vm-sizes.json). Each row was read off the page, not off the catalog: a transcription slip
 * in either place fails here.
 */
class CatalogVmSizeSpotCheckTest {

    private final AzureCatalog catalog = AzureCatalog.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // name,             vCPU, GiB, temp GiB, disks, IOPS,   MB/s, burst IOPS, burst MB/s, NICs, Mbps
            "Standard_D4s_v5,      4,   16,    0,     8,  6400,   145,  20000, 1200, 2, 12500",
            "Standard_D64s_v5,    64,  256,    0,    32, 80000,  1735,  80000, 3000, 8, 30000",
            "Standard_D2ds_v5,     2,    8,   75,     4,  3750,    85,  10000, 1200, 2, 12500",
            "Standard_D8as_v5,     8,   32,    0,    16, 12800,   200,  20000,  600, 4, 12500",
            "Standard_D16ds_v6,   16,   64,  880,    48, 25600,   848,  40000, 1250, 8, 12500",
            "Standard_D96as_v6,   96,  384,    0,    32,175000,  4320, 175000, 5090, 8, 40000",
            "Standard_E2s_v5,      2,   16,    0,     4,  3750,    85,  10000, 1200, 2, 12500",
            "Standard_E20s_v5,    20,  160,    0,    32, 32000,   750,  64000, 1600, 8, 12500",
            "Standard_E104is_v5, 104,  672,    0,    64,120000,  4000, 120000, 4000, 8, 100000",
            "Standard_E112ias_v5,112,  672,    0,    64,120000,  2000, 120000, 2000, 8, 50000",
            "Standard_E192is_v6, 192, 1832,    0,    64,260000, 12000, 260000,12000, 8, 200000",
            "Standard_E20ads_v6,  20,  160, 1100,    32, 38000,   900,  64000, 1600, 8, 16000",
            "Standard_D8s_v4,      8,   32,    0,    16, 12800,   192,  16000,  400, 4, 12500",
            "Standard_E80ids_v4,  80,  504, 2400,    64, 80000,  1500,  80000, 2000, 8, 30000",
            "Standard_F4s_v2,      4,    8,   32,     8,  6400,    95,   8000,  200, 2, 10000",
            "Standard_F72s_v2,    72,  144,  576,    32, 80000,  1100,  80000, 2000, 8, 30000",
            "Standard_B4s_v2,      4,   16,    0,     8,  6400,   145,  20000,  960, 2, 6250",
            "Standard_L16s_v3,    16,  128,  160,    32, 25600,   600,  40000, 1600, 8, 12500",
            "Standard_M64ms,      64, 1792, 2048,    64, 40000,  1000,  80000, 2000, 8, 16000",
            "Standard_E16bds_v5,  16,  128,  600,    32, 48400,  1370,  64000, 2000, 8, 12500",
            "Standard_D128lds_v6,128,  256, 7040,    64,204800,  6782, 204800, 6782, 8, 54000",
            "Standard_F64ams_v6,  64,  512,    0,    32,115200,  2880, 115200, 3400, 8, 36000",
    })
    void matchesTheSeriesPage(String name, int vcpus, int memoryGiB, int tempGiB, int disks, int iops, int mbps,
                              int burstIops, int burstMbps, int nics, int networkMbps) {
        VmSizeSpec s = catalog.vmSize(VmSizeName.of(name)).orElseThrow();
        assertThat(s.vcpus()).isEqualTo(vcpus);
        assertThat(s.memory()).isEqualTo(DataSize.ofGibibytes(memoryGiB));
        assertThat(s.tempDisk()).contains(DataSize.ofGibibytes(tempGiB));
        assertThat(s.maxDataDisks()).isEqualTo(OptionalInt.of(disks));
        assertThat(s.uncachedDiskIops()).isEqualTo(OptionalInt.of(iops));
        assertThat(s.uncachedDiskThroughput()).contains(DataRate.ofMegabytesPerSecond(mbps));
        assertThat(s.burstDiskIops()).isEqualTo(OptionalInt.of(burstIops));
        assertThat(s.burstDiskThroughput()).contains(DataRate.ofMegabytesPerSecond(burstMbps));
        assertThat(s.maxNics()).isEqualTo(OptionalInt.of(nics));
        assertThat(s.networkBandwidth()).contains(DataRate.ofMegabitsPerSecond(networkMbps));
        assertThat(s.hasFullLimits()).isTrue();
    }
}
