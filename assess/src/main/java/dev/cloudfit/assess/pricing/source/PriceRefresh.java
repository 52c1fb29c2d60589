package dev.cloudfit.assess.pricing.source;

import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.retail.RegionPriceQueries;
import dev.cloudfit.assess.pricing.retail.RetailPriceSource;
import dev.cloudfit.assess.pricing.retail.RetailPricesSettings;
import dev.cloudfit.assess.pricing.store.PriceFileHeader;
import dev.cloudfit.assess.pricing.store.PriceFileSource;
import dev.cloudfit.assess.pricing.store.PriceFileWriter;
import dev.cloudfit.assess.pricing.store.RegionCoverage;
import dev.cloudfit.core.error.ExternalSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code prices refresh}: fetches VMs, managed disks and AVS nodes for each region from the Retail Prices API and
 * writes one dated price file into the workspace's cache folder. The file appears only when every query of every
 * region succeeded and every region got VM and disk prices that passed validation; otherwise an
 * {@link ExternalSystemException} leaves the cache as it was (a cache that prices nothing would otherwise shadow
 * the embedded snapshot).
 */
public final class PriceRefresh {

    /** The file written and its header. */
    public record Result(Path file, PriceFileHeader header) {
    }

    private PriceRefresh() {
    }

    public static Result run(RetailPricesSettings settings, List<Region> regions, Path workspace, Clock clock,
            String writtenBy) {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("at least one region");
        }
        Instant fetchedAt = clock.instant();
        Path target = new PriceCacheFolder(workspace).fileFor(settings.currency(), fetchedAt);
        RetailPriceSource source = new RetailPriceSource(settings);
        List<PriceFileSource> sources = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC);
        try (PriceFileWriter writer = new PriceFileWriter(target, settings.currency(), regions)) {
            RegionCoverage coverage = new RegionCoverage(writer);
            for (Region region : regions) {
                source.refresh(RegionPriceQueries.forRegion(region), coverage);
                sources.add(new PriceFileSource(region.name(), region.name(), day, settings.endpoint().toString(), ""));
            }
            coverage.missing(regions).ifPresent(gap -> {
                throw new ExternalSystemException("Azure Retail Prices API at " + settings.endpoint() + ": " + gap
                        + " that pass validation (" + coverage.counts(regions) + "); the price cache was left"
                        + " unchanged. Check the region names (ARM names such as westeurope) and the endpoint");
            });
            PriceFileHeader header = writer.commit(fetchedAt, settings.endpoint().toString(),
                    RetailPricesSettings.API_VERSION, writtenBy, sources);
            return new Result(target, header);
        }
    }
}
