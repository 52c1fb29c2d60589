package dev.cloudfit.assess.pricing.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.MeterClassifier;
import dev.cloudfit.assess.pricing.MeterUnit;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PriceType;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.PrimaryMeterRegion;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.RejectedRow;
import dev.cloudfit.assess.pricing.PriceRowSink;
import dev.cloudfit.assess.pricing.ReservationTerm;
import dev.cloudfit.assess.pricing.SavingsPlanPrice;
import dev.cloudfit.core.units.Money;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceFileTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Region WE = Region.of("westeurope");

    @TempDir
    Path dir;

    static PriceRow vm(String product, String sku, PriceType type, ReservationTerm term, String price,
            List<SavingsPlanPrice> plans, Region region) {
        return new PriceRow("meter-" + sku + type, sku, "DZH/" + sku, sku, product, "Virtual Machines", "Compute",
                Optional.of(ArmSkuName.of("Standard_" + sku.replace(' ', '_'))), region, "EU West", type,
                Optional.ofNullable(term), Money.of(price, "USD"), Money.of(price, "USD"),
                PricingUnits.builtIn().lookup(MeterUnit.of("1 Hour")).orElseThrow(), BigDecimal.ZERO,
                PrimaryMeterRegion.PRIMARY, Optional.of(Instant.parse("2026-08-01T00:00:00Z")), Optional.empty(),
                plans, MeterClassifier.classify("Virtual Machines", product, sku, sku),
                Optional.of(PricingOs.fromProductName(product)));
    }

    static final class Collect implements PriceRowSink {
        final List<PriceRow> rows = new ArrayList<>();

        @Override
        public void accept(PriceRow row) {
            rows.add(row);
        }

        @Override
        public void reject(RejectedRow row) {
            throw new AssertionError(row);
        }
    }

    @Test
    void rowsReadBackEqualTheRowsWrittenAndOnlyLookedUpKindsAreKept() throws IOException {
        PriceRow payg = vm("Virtual Machines Dsv5 Series", "D2s v5", PriceType.CONSUMPTION, null, "0.115",
                List.of(new SavingsPlanPrice(ReservationTerm.ONE_YEAR, Money.of("0.0874", "USD"),
                        Money.of("0.0874", "USD"))), WE);
        PriceRow ri = vm("Virtual Machines Dsv5 Series", "D2s v5", PriceType.RESERVATION, ReservationTerm.THREE_YEARS,
                "1234.5678", List.of(), WE);
        PriceRow spot = vm("Virtual Machines Dsv5 Series", "D2s v5 Spot", PriceType.CONSUMPTION, null, "0.021252",
                List.of(), WE);
        PriceRow elsewhere = vm("Virtual Machines Dsv5 Series", "D4s v5", PriceType.CONSUMPTION, null, "0.23",
                List.of(), Region.of("eastus"));
        Path target = dir.resolve("prices.jsonl.gz");
        PriceFileHeader written;
        try (PriceFileWriter w = new PriceFileWriter(target, USD, List.of(WE))) {
            List.of(payg, ri, spot, elsewhere).forEach(w::accept);
            written = w.commit(Instant.parse("2026-11-01T10:00:00Z"), "http://127.0.0.1/x", "2023-01-01-preview",
                    "test", List.of(new PriceFileSource("westeurope", "westeurope", LocalDate.of(2026, 11, 1),
                            "http://127.0.0.1/x", "")));
        }
        Collect sink = new Collect();
        PriceFileHeader read;
        try (InputStream in = Files.newInputStream(target)) {
            read = PriceFile.read(in, sink);
        }
        assertThat(sink.rows).containsExactly(payg, ri);
        assertThat(read).isEqualTo(written);
        assertThat(read.rowsWritten()).isEqualTo(2);
        assertThat(read.rowsReadByKind()).containsEntry("VM", 3L).containsEntry("VM_SPOT", 1L);
        assertThat(read.rejectedRows()).as("the eastus row was not asked for").isEqualTo(1);
        assertThat(read.covers(List.of(WE), USD)).isTrue();
        assertThat(read.covers(List.of(WE), Currency.getInstance("EUR"))).isFalse();
        assertThat(read.covers(List.of(WE, Region.of("northeurope")), USD)).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary file is left").containsExactly(target);
        }
    }

    @Test
    void nothingAppearsWithoutACommit() throws IOException {
        Path target = dir.resolve("prices.jsonl.gz");
        try (PriceFileWriter w = new PriceFileWriter(target, USD, List.of(WE))) {
            w.accept(vm("Virtual Machines Dsv5 Series", "D2s v5", PriceType.CONSUMPTION, null, "0.115", List.of(), WE));
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aTruncatedFileIsAnErrorNotAShortPriceList() throws IOException {
        Path target = dir.resolve("prices.jsonl.gz");
        try (PriceFileWriter w = new PriceFileWriter(target, USD, List.of(WE))) {
            w.accept(vm("Virtual Machines Dsv5 Series", "D2s v5", PriceType.CONSUMPTION, null, "0.115", List.of(), WE));
            w.accept(vm("Virtual Machines Dsv5 Series", "D4s v5", PriceType.CONSUMPTION, null, "0.23", List.of(), WE));
            w.commit(Instant.EPOCH, "e", "v", "t", List.of());
        }
        List<String> lines;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(target))) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        Path cut = dir.resolve("cut.jsonl.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(cut))) {
            out.write((lines.get(0) + "\n" + lines.get(1) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> {
            try (InputStream in = Files.newInputStream(cut)) {
                PriceFile.read(in, new Collect());
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("promises 2 rows, the file has 1");
    }
}
