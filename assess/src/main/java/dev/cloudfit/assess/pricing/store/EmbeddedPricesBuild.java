package dev.cloudfit.assess.pricing.store;

import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.retail.RadarSnapshotReader;
import dev.cloudfit.assess.pricing.retail.RetailPricesSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The build step behind the price file embedded in cloudfit: reads recorded radar snapshots (USD, Consumption
 * rows; see {@code build-support/embedded-prices.tsv} for the files, their origin, licence and data date) and
 * writes them in cloudfit's price format, keeping only the kinds a price book looks up (Spot and Low Priority
 * are dropped, as are blobs, files and the other storage meters). The output depends only on its inputs: the
 * file's date is the oldest data date of the snapshots, and the rows keep the snapshots' order. Run by
 * {@code build-support/build-embedded-prices.sh}; a test rebuilds it and compares with the committed resource.
 */
public final class EmbeddedPricesBuild {

    /** The tab-separated manifest: file, serviceName, region, dataDate, origin, licence; {@code #} comments. */
    public record Entry(String file, String serviceName, Region region, LocalDate dataDate, String origin,
            String licence) {
    }

    private EmbeddedPricesBuild() {
    }

    public static List<Entry> readManifest(Path tsv) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IOException(tsv + ": expected 6 tab-separated fields: " + line);
            }
            entries.add(new Entry(f[0], f[1], Region.of(f[2]), LocalDate.parse(f[3]), f[4], f[5]));
        }
        return entries;
    }

    /** Builds the price file at {@code out} from the manifest's snapshots under {@code snapshotDir}. */
    public static PriceFileHeader build(List<Entry> entries, Path snapshotDir, Path out) throws IOException {
        Currency usd = Currency.getInstance("USD");
        Set<Region> regions = new LinkedHashSet<>();
        entries.forEach(e -> regions.add(e.region()));
        List<PriceFileSource> sources = new ArrayList<>();
        try (PriceFileWriter writer = new PriceFileWriter(out, usd, List.copyOf(regions))) {
            for (Entry e : entries) {
                try (InputStream in = Files.newInputStream(snapshotDir.resolve(e.file()))) {
                    RadarSnapshotReader.read(in, e.serviceName(), usd, PricingUnits.builtIn(), writer);
                }
                sources.add(new PriceFileSource(e.file(), e.region().name(), e.dataDate(), e.origin(), e.licence()));
            }
            LocalDate oldest = entries.stream().map(Entry::dataDate).min(Comparator.naturalOrder()).orElseThrow();
            return writer.commit(oldest.atStartOfDay(ZoneOffset.UTC).toInstant(), "embedded",
                    RetailPricesSettings.API_VERSION, "build-support/build-embedded-prices.sh", sources);
        }
    }

    /** {@code EmbeddedPricesBuild MANIFEST SNAPSHOT_DIR OUT}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: EmbeddedPricesBuild MANIFEST SNAPSHOT_DIR OUT");
        }
        PriceFileHeader h = build(readManifest(Path.of(args[0])), Path.of(args[1]), Path.of(args[2]));
        System.out.println("wrote " + h.rowsWritten() + " rows for " + h.regions() + " (" + h.currency()
                + ", data from " + h.fetchedAt() + ") to " + args[2]);
    }
}
