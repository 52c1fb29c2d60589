package dev.cloudfit.assess.pricing.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.MeterClassifier;
import dev.cloudfit.assess.pricing.MeterUnit;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PriceType;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.PrimaryMeterRegion;
import dev.cloudfit.assess.pricing.ProvisionedDiskType;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.store.PriceFileWriter;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceSourceResolverTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Region WE = Region.of("westeurope");
    private static final Region NE = Region.of("northeurope");
    private static final ArmSkuName D2 = ArmSkuName.of("Standard_D2s_v5");
    private static final BigDecimal H730 = new BigDecimal("730");
    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");

    @TempDir
    Path workspace;

    private PriceSourceResolver resolver(boolean withWorkspace) {
        PriceSourceSettings s = PriceSourceSettings.defaults();
        return new PriceSourceResolver(withWorkspace ? s.withWorkspace(workspace) : s,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void cache(Currency currency, Instant fetchedAt, String d2Price, Region... regions) {
        Path file = new PriceCacheFolder(workspace).fileFor(currency, fetchedAt);
        try (PriceFileWriter w = new PriceFileWriter(file, currency, List.of(regions))) {
            for (Region r : regions) {
                w.accept(new PriceRow("m-" + r.name(), "D2s v5", "DZH/1", "D2s v5", "Virtual Machines Dsv5 Series",
                        "Virtual Machines", "Compute", Optional.of(D2), r, "", PriceType.CONSUMPTION,
                        Optional.empty(), new Money(new BigDecimal(d2Price), currency),
                        new Money(new BigDecimal(d2Price), currency),
                        PricingUnits.builtIn().lookup(MeterUnit.of("1 Hour")).orElseThrow(), BigDecimal.ZERO,
                        PrimaryMeterRegion.PRIMARY, Optional.empty(), Optional.empty(), List.of(),
                        MeterClassifier.classify("Virtual Machines", "Virtual Machines Dsv5 Series", "D2s v5", "D2s v5"),
                        Optional.of(PricingOs.LINUX)));
                // a disk tier too: a cache without disk prices for a region is skipped
                w.accept(new PriceRow("p10-" + r.name(), "P10 LRS Disk", "DZH/2", "P10 LRS",
                        "Premium SSD Managed Disks", "Storage", "Storage", Optional.empty(), r, "",
                        PriceType.CONSUMPTION, Optional.empty(), new Money(new BigDecimal("20"), currency),
                        new Money(new BigDecimal("20"), currency),
                        PricingUnits.builtIn().lookup(MeterUnit.of("1/Month")).orElseThrow(), BigDecimal.ZERO,
                        PrimaryMeterRegion.PRIMARY, Optional.empty(), Optional.empty(), List.of(),
                        MeterClassifier.classify("Storage", "Premium SSD Managed Disks", "P10 LRS", "P10 LRS Disk"),
                        Optional.empty()));
            }
            w.commit(fetchedAt, "http://127.0.0.1/test", "2023-01-01-preview", "test", List.of());
        }
    }

    @Test
    void withoutACacheTheEmbeddedSnapshotAnswersWithTheReferencePrices() {
        ResolvedPrices r = resolver(false).resolve(List.of(WE, NE), USD, H730);
        assertThat(r.kind()).isEqualTo(PriceSourceKind.EMBEDDED);
        assertThat(r.header().fetchedAt()).isEqualTo(Instant.parse("2026-07-15T00:00:00Z"));
        assertThat(r.age().toDays()).isEqualTo(133);
        assertThat(r.warnings()).singleElement().asString().contains("133 days ago").contains("prices refresh");
        PriceBook b = r.book();
        assertThat(b.vmHourly(D2, WE, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("0.115", "USD"));
        assertThat(b.vmHourly(D2, WE, PricingOs.WINDOWS, PricingPlan.PAYG)).contains(Money.of("0.207", "USD"));
        assertThat(b.vmHourly(D2, WE, PricingOs.LINUX, PricingPlan.SP1Y)).contains(Money.of("0.0874", "USD"));
        assertThat(b.vmHourly(D2, NE, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("0.107", "USD"));
        assertThat(b.vmHourly(D2, WE, PricingOs.LINUX, PricingPlan.RI1Y)).as("no reservation rows offline").isEmpty();
        assertThat(b.diskTierMonthly(DiskTier.of("P10"), DiskRedundancy.LRS, WE)).contains(Money.of("21.68", "USD"));
        assertThat(b.provisionedDiskRates(ProvisionedDiskType.PREMIUM_SSD_V2, WE).orElseThrow().capacityPerGib()
                .price()).isEqualTo(Money.of("0.00013", "USD"));
    }

    @Test
    void euroWithoutACacheIsBadInputTellingToRefreshNeverAConvertedPrice() {
        assertThatThrownBy(() -> resolver(true).resolve(List.of(WE), EUR, H730))
                .isInstanceOfSatisfying(BadInputException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessageContaining("no EUR prices for westeurope")
                .hasMessageContaining("only USD for westeurope, northeurope")
                .hasMessageContaining("cloudfit prices refresh --region westeurope --currency EUR");
    }

    @Test
    void aRegionOutsideTheSnapshotWithoutACacheIsBadInput() {
        assertThatThrownBy(() -> resolver(false).resolve(List.of(WE, Region.of("eastus")), USD, H730))
                .isInstanceOf(BadInputException.class).hasMessageContaining("westeurope,eastus");
    }

    @Test
    void theNewestCoveringCacheWinsOverOlderOnesAndTheEmbeddedSnapshot() {
        cache(USD, Instant.parse("2026-11-01T00:00:00Z"), "0.111", WE, NE);
        cache(USD, Instant.parse("2026-11-20T00:00:00Z"), "0.222", WE, NE);
        cache(USD, Instant.parse("2026-11-24T00:00:00Z"), "0.333", NE);
        ResolvedPrices r = resolver(true).resolve(List.of(WE), USD, H730);
        assertThat(r.kind()).isEqualTo(PriceSourceKind.CACHE);
        assertThat(r.location()).endsWith("prices-USD-20261120T000000Z.jsonl.gz");
        assertThat(r.age().toDays()).isEqualTo(5);
        assertThat(r.warnings()).isEmpty();
        assertThat(r.book().vmHourly(D2, WE, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("0.222", "USD"));
    }

    @Test
    void aEuroCacheAnswersEuroAndAnOldCacheWarns() {
        cache(EUR, Instant.parse("2026-10-01T00:00:00Z"), "0.098", WE);
        ResolvedPrices r = resolver(true).resolve(List.of(WE), EUR, H730);
        assertThat(r.kind()).isEqualTo(PriceSourceKind.CACHE);
        assertThat(r.book().vmHourly(D2, WE, PricingOs.LINUX, PricingPlan.PAYG)).contains(Money.of("0.098", "EUR"));
        assertThat(r.warnings()).singleElement().asString().contains("55 days ago (more than 30)");
        // named by its file name (a person's words), not the workspace path
        String file = java.nio.file.Path.of(r.location()).getFileName().toString();
        assertThat(r.describe()).isEqualTo("workspace price cache " + file + " (westeurope; EUR; refreshed 2026-10-01,"
                + " 55 days old)");
        assertThat(r.describe()).doesNotContain("/");
    }

    @Test
    void aCacheWithoutDiskPricesOrWithAnAbsurdPriceIsSkippedWithAWarningNeverUsed() throws Exception {
        cache(USD, Instant.parse("2026-11-20T00:00:00Z"), "0.222", WE);
        Path file = new PriceCacheFolder(workspace).fileFor(USD, Instant.parse("2026-11-24T00:00:00Z"));
        try (PriceFileWriter w = new PriceFileWriter(file, USD, List.of(WE))) {
            w.commit(Instant.parse("2026-11-24T00:00:00Z"), "http://127.0.0.1/test", "2023-01-01-preview", "test",
                    List.of());
        }
        ResolvedPrices r = resolver(true).resolve(List.of(WE), USD, H730);
        assertThat(r.location()).endsWith("prices-USD-20261120T000000Z.jsonl.gz");
        assertThat(r.warnings()).singleElement().asString().isEqualTo("price cache skipped: "
                + "prices-USD-20261124T000000Z.jsonl.gz: westeurope has no VM prices and no disk prices; delete it or run "
                + "'cloudfit prices refresh' again");
    }

    @Test
    void aDamagedCacheFileIsSkippedWithAWarning() throws Exception {
        Files.createDirectories(workspace.resolve("prices"));
        Files.writeString(workspace.resolve("prices/prices-USD-20261124T000000Z.jsonl.gz"), "not gzip");
        ResolvedPrices r = resolver(true).resolve(List.of(WE), USD, H730);
        assertThat(r.kind()).isEqualTo(PriceSourceKind.EMBEDDED);
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).startsWith("unreadable price cache skipped: "
                + "prices-USD-20261124T000000Z.jsonl.gz"));
    }
}
