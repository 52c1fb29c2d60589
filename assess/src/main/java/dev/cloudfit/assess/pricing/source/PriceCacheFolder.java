package dev.cloudfit.assess.pricing.source;

import dev.cloudfit.assess.pricing.store.PriceFile;
import dev.cloudfit.assess.pricing.store.PriceFileHeader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

/**
 * The price caches of a workspace: {@code <workspace>/prices/prices-<CURRENCY>-<yyyyMMdd'T'HHmmss'Z'>.jsonl.gz},
 * one file per refresh, named by currency and fetch time. Older files are kept (a run can be repeated with the
 * prices it used); the newest file that covers a request wins.
 */
public final class PriceCacheFolder {

    static final String FOLDER = "prices";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A cache file and its header. */
    public record Entry(Path file, PriceFileHeader header) {
    }

    private final Path dir;

    public PriceCacheFolder(Path workspace) {
        this.dir = workspace.resolve(FOLDER);
    }

    public Path dir() {
        return dir;
    }

    /** Where a refresh fetched at {@code fetchedAt} in {@code currency} is written. */
    public Path fileFor(Currency currency, Instant fetchedAt) {
        return dir.resolve("prices-" + currency.getCurrencyCode() + "-" + STAMP.format(fetchedAt) + ".jsonl.gz");
    }

    /** Where the RHEL/SLES licence meters fetched with {@code priceFile} are kept: beside it, {@code .licences.tsv}. */
    public static Path licencesFor(Path priceFile) {
        String name = priceFile.getFileName().toString();
        String base = name.endsWith(".jsonl.gz") ? name.substring(0, name.length() - ".jsonl.gz".length()) : name;
        return priceFile.resolveSibling(base + ".licences.tsv");
    }

    /**
     * Every readable cache file, newest fetch first. A file whose header cannot be read is listed in
     * {@code unreadable} (with the reason) and skipped, so one damaged file never hides the others.
     */
    public List<Entry> list(List<String> unreadable) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("prices-")
                    && p.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    entries.add(new Entry(f, PriceFile.readHeader(in)));
                } catch (IOException e) {
                    unreadable.add(f.getFileName() + ": " + e.getMessage());
                }
            }
        }
        entries.sort((a, b) -> b.header().fetchedAt().compareTo(a.header().fetchedAt()));
        return entries;
    }
}
