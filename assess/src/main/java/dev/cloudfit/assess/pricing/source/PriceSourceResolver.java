package dev.cloudfit.assess.pricing.source;

import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceBookBuilder;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.store.PriceFile;
import dev.cloudfit.assess.pricing.store.PriceFileHeader;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chooses a run's prices: the newest workspace cache that covers every region in the currency, else the embedded
 * snapshot if it covers them, else a {@link BadInputException} (exit 2) that says to run {@code prices refresh}.
 * Sources are never combined and prices are never converted between currencies.
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
            try {
                for (PriceCacheFolder.Entry e : folder.list(warnings)) {
                    if (e.header().covers(regions, currency)) {
                        warnings.replaceAll(w -> "unreadable price cache skipped: " + w);
                        return load(PriceSourceKind.CACHE, e.file().toString(), () -> open(e.file()), currency,
                                hoursPerMonth, warnings);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            warnings.replaceAll(w -> "unreadable price cache skipped: " + w);
        }
        PriceFileHeader embeddedHeader;
        try (InputStream in = embedded.get()) {
            embeddedHeader = PriceFile.readHeader(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded price file is damaged", e);
        }
        if (embeddedHeader.covers(regions, currency)) {
            return load(PriceSourceKind.EMBEDDED, EmbeddedPrices.RESOURCE, embedded, currency, hoursPerMonth, warnings);
        }
        throw new BadInputException(noPrices(regions, currency, embeddedHeader));
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
            Currency currency, BigDecimal hoursPerMonth, List<String> warnings) {
        PriceFileHeader header;
        PriceBook book;
        try (InputStream in = source.get()) {
            // read the header first to learn the fetch time the book resolves duplicates against
            PriceFileHeader first = PriceFile.readHeader(in);
            PriceBookBuilder builder = PriceBook.builder(currency, first.fetchedAt(), hoursPerMonth);
            try (InputStream again = source.get()) {
                header = PriceFile.read(again, builder);
            }
            book = builder.build();
        } catch (IOException e) {
            throw new BadInputException(kind == PriceSourceKind.CACHE ? InputLocation.of(Path.of(location)) : null,
                    "damaged price file (" + e.getMessage() + "); delete it or run 'cloudfit prices refresh' again", e);
        }
        Duration age = Duration.between(header.fetchedAt(), clock.instant());
        if (age.compareTo(settings.staleAfter()) > 0) {
            warnings.add("the " + kind.label() + " was fetched " + header.fetchedAt().toString().substring(0, 10)
                    + ", " + age.toDays() + " days ago (more than " + settings.staleAfter().toDays()
                    + "): run 'cloudfit prices refresh' for current prices");
        }
        return new ResolvedPrices(kind, location, header, age, book, warnings);
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
