package dev.cloudfit.assess.pricing.source;

import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.licence.LicenceMeter;
import dev.cloudfit.assess.pricing.licence.LicenceTableFile;
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
import java.util.Optional;

/**
 * {@code prices refresh}: fetches VMs, managed disks and AVS nodes for each region from the Retail Prices API and
 * writes one dated price file into the workspace's cache folder, with the RHEL/SLES licence meters (one global
 * query) beside it ({@link PriceCacheFolder#licencesFor}). The file appears only when every query of every
 * region succeeded and every region got VM and disk prices that passed validation; otherwise an
 * {@link ExternalSystemException} leaves the cache as it was (a cache that prices nothing would otherwise shadow
 * the embedded snapshot).
 */
public final class PriceRefresh {

    /**
     * The file written and its header; the RHEL/SLES licence meters fetched ({@code licenceFile} empty when none
     * were) and, when their query failed, why (the prices are written all the same: licences are then missing
     * outside USD, as before a refresh).
     */
    public record Result(Path file, PriceFileHeader header, int licenceMeters, Optional<Path> licenceFile,
            Optional<String> licenceProblem) {
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
            // the licence meters are global: one query for the refresh, stored beside the price file
            List<LicenceMeter> meters = List.of();
            Optional<String> problem = Optional.empty();
            try {
                meters = source.licenceMeters("Retail Prices API " + settings.endpoint() + ", fetched " + day);
            } catch (ExternalSystemException e) {
                problem = Optional.of(e.getMessage());
            }
            Path licences = PriceCacheFolder.licencesFor(target);
            if (!meters.isEmpty()) {
                LicenceTableFile.write(licences, settings.currency(), meters, "Retail Prices API "
                        + settings.endpoint() + ", fetched " + day);
            }
            try {
                PriceFileHeader header = writer.commit(fetchedAt, settings.endpoint().toString(),
                        RetailPricesSettings.API_VERSION, writtenBy, sources);
                return new Result(target, header, meters.size(),
                        meters.isEmpty() ? Optional.empty() : Optional.of(licences), problem);
            } catch (RuntimeException e) {
                deleteQuietly(licences);
                throw e;
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // a licence file without its price file is never read
        }
    }
}
