package dev.cloudfit.assess.pricing.source;

import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceBookBuilder;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.store.PriceFile;
import dev.cloudfit.assess.pricing.store.PriceFileHeader;
import dev.cloudfit.assess.pricing.store.RegionCoverage;
import dev.cloudfit.core.error.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chooses a run's prices: the newest workspace cache that covers every region in the currency, else the embedded
 * snapshot if it covers them. A cache that is damaged (an unreadable line, an implausible price, fewer rows than
 * its header says) or has no VM or disk prices for a region is skipped with a warning naming it, so it can never
 * shadow an older cache or the snapshot silently. With neither, a {@link BadInputException} (exit 2) says to run
 * {@code prices refresh}. Sources are never combined and prices are never converted between currencies.
 */
public final class PriceSourceResolver {

    private final PriceSourceSettings settings;
    private final Clock clock;
    private final Supplier<InputStream> embedded;

    public PriceSourceResolver(PriceSourceSettings settings, Clock clock) {
        this(settings, clock, EmbeddedPrices::open);
    }

    PriceSourceResolver(PriceSourceSettings settings, Clock clock, Supplier<InputStream> embedded) {
        this.settings = settings;
        this.clock = clock;
        this.embedded = embedded;
    }

    public ResolvedPrices resolve(List<Region> regions, Currency currency, BigDecimal hoursPerMonth) {
        if (regions.isEmpty()) {
            throw new BadInputException("no region to price");
        }
        List<String> warnings = new ArrayList<>();
        if (settings.workspace().isPresent()) {
            PriceCacheFolder folder = new PriceCacheFolder(settings.workspace().get());
            List<String> unreadable = new ArrayList<>();
            List<PriceCacheFolder.Entry> entries;
            try {
                entries = folder.list(unreadable);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            unreadable.forEach(w -> warnings.add("unreadable price cache skipped: " + w));
            for (PriceCacheFolder.Entry e : entries) {
                if (!e.header().covers(regions, currency)) {
                    continue;
                }
                try {
                    return load(PriceSourceKind.CACHE, e.file().toString(), () -> open(e.file()), regions, currency,
                            hoursPerMonth, warnings);
                } catch (Unusable u) {
                    // a damaged or empty cache never shadows an older one or the embedded snapshot silently
                    warnings.add("price cache skipped: " + e.file().getFileName() + ": " + u.getMessage()
                            + "; delete it or run 'cloudfit prices refresh' again");
                }
            }
        }
        PriceFileHeader embeddedHeader;
        try (InputStream in = embedded.get()) {
            embeddedHeader = PriceFile.readHeader(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded price file is damaged", e);
        }
        if (embeddedHeader.covers(regions, currency)) {
            try {
                return load(PriceSourceKind.EMBEDDED, EmbeddedPrices.RESOURCE, embedded, regions, currency,
                        hoursPerMonth, warnings);
            } catch (Unusable u) {
                throw new IllegalStateException("the embedded price file is unusable: " + u.getMessage(), u);
            }
        }
        throw new BadInputException(noPrices(regions, currency, embeddedHeader)
                + (warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")"));
    }

    private String noPrices(List<Region> regions, Currency currency, PriceFileHeader embeddedHeader) {
        String where = settings.workspace().map(w -> "the workspace " + w + " has no price cache for them")
                .orElse("no workspace was given");
        String regionList = regions.stream().map(Region::name).collect(Collectors.joining(","));
        return "no " + currency.getCurrencyCode() + " prices for " + regionList + ": " + where
                + ", and the embedded snapshot holds only " + embeddedHeader.currency().getCurrencyCode() + " for "
                + embeddedHeader.regions().stream().map(Region::name).collect(Collectors.joining(", "))
                + ". Run 'cloudfit prices refresh --region " + regionList + " --currency "
                + currency.getCurrencyCode() + " --workspace DIR' while online (prices are never converted)";
    }

    private ResolvedPrices load(PriceSourceKind kind, String location, Supplier<InputStream> source,
            List<Region> regions, Currency currency, BigDecimal hoursPerMonth, List<String> warnings) throws Unusable {
        PriceFileHeader header;
        PriceBook book;
        RegionCoverage coverage;
        try (InputStream in = source.get()) {
            // read the header first to learn the fetch time the book resolves duplicates against
            PriceFileHeader first = PriceFile.readHeader(in);
            PriceBookBuilder builder = PriceBook.builder(currency, first.fetchedAt(), hoursPerMonth);
            coverage = new RegionCoverage(builder);
            try (InputStream again = source.get()) {
                header = PriceFile.read(again, coverage);
            }
            book = builder.build();
        } catch (IOException | UncheckedIOException e) {
            throw new Unusable("damaged (" + e.getMessage() + ")", e);
        }
        Optional<String> gap = coverage.missing(regions);
        if (gap.isPresent()) {
            throw new Unusable(gap.get(), null);
        }
        Duration age = Duration.between(header.fetchedAt(), clock.instant());
        if (age.compareTo(settings.staleAfter()) > 0) {
            warnings.add("the " + kind.label() + " was fetched " + header.fetchedAt().toString().substring(0, 10)
                    + ", " + age.toDays() + " days ago (more than " + settings.staleAfter().toDays()
                    + "): run 'cloudfit prices refresh' for current prices");
        }
        return new ResolvedPrices(kind, location, header, age, book, warnings);
    }

    /** A price file that cannot price the regions: damaged, or without VM or disk prices for one of them. */
    private static final class Unusable extends Exception {
        Unusable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
