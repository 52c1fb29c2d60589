package dev.cloudfit.assess.pricing.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.assess.pricing.MeterKind;
import dev.cloudfit.assess.pricing.PriceRow;
import dev.cloudfit.assess.pricing.PriceRowSink;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.RejectedRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Streams price rows into a new price file. Only the kinds a {@link dev.cloudfit.assess.pricing.PriceBook} looks up
 * are written ({@link #KEPT}: regular VMs, disk tiers, Premium SSD v2 and Ultra meters, AVS nodes); Spot, Low
 * Priority and the other kinds are counted in the header, never written. Rows of a region that was not asked for
 * are rejected. Nothing appears at the target until {@link #commit}: the rows go to a temporary file next to it,
 * and the finished file (a gzip member with the header line, then the rows' gzip member) is moved into place
 * atomically; {@link #close()} without a commit deletes the temporary files (and the folder, if this writer made it
 * and it is empty).
 */
public final class PriceFileWriter implements PriceRowSink, AutoCloseable {

    /** The kinds written to a price file. */
    public static final Set<MeterKind> KEPT = EnumSet.of(MeterKind.VM, MeterKind.DISK_TIER,
            MeterKind.PREMIUM_SSD_V2_CAPACITY, MeterKind.PREMIUM_SSD_V2_IOPS, MeterKind.PREMIUM_SSD_V2_THROUGHPUT,
            MeterKind.ULTRA_CAPACITY, MeterKind.ULTRA_IOPS, MeterKind.ULTRA_THROUGHPUT,
            MeterKind.ULTRA_VCPU_RESERVATION, MeterKind.AVS_NODE);

    private final ObjectMapper mapper = new ObjectMapper();
    private final PriceRowJson rows = new PriceRowJson(mapper, PricingUnits.builtIn());
    private final Path target;
    private final Currency currency;
    private final List<Region> regions;
    private final Path body;
    private final Writer out;
    private final Map<String, Long> readByKind = new TreeMap<>();
    private final boolean createdFolder;
    private long written;
    private long rejected;
    private boolean committed;

    public PriceFileWriter(Path target, Currency currency, List<Region> regions) {
        this.target = target.toAbsolutePath();
        this.currency = Objects.requireNonNull(currency, "currency");
        this.regions = List.copyOf(regions);
        try {
            this.createdFolder = !Files.isDirectory(this.target.getParent());
            Files.createDirectories(this.target.getParent());
            this.body = Files.createTempFile(this.target.getParent(), ".prices-rows-", ".tmp");
            this.out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(body)),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write prices next to " + target, e);
        }
    }

    @Override
    public void accept(PriceRow row) {
        readByKind.merge(row.kind().name(), 1L, Long::sum);
        if (!row.retailPrice().currency().equals(currency)) {
            reject(new RejectedRow(row.meterId(), row.skuId(), row.meterName(), "price in "
                    + row.retailPrice().currency() + ", the file is in " + currency));
            return;
        }
        if (!regions.contains(row.region())) {
            reject(new RejectedRow(row.meterId(), row.skuId(), row.meterName(), "region " + row.region()
                    + " was not asked for"));
            return;
        }
        if (!KEPT.contains(row.kind())) {
            return;
        }
        try {
            out.write(mapper.writeValueAsString(rows.write(row)));
            out.write('\n');
            written++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void reject(RejectedRow row) {
        rejected++;
    }

    public long rowsWritten() {
        return written;
    }

    /** Writes the header and moves the finished file to the target; returns the header written. */
    public PriceFileHeader commit(Instant fetchedAt, String endpoint, String apiVersion, String writtenBy,
            List<PriceFileSource> sources) {
        PriceFileHeader header = new PriceFileHeader(PriceFileHeader.FORMAT, currency, regions, fetchedAt, endpoint,
                apiVersion, writtenBy, written, readByKind, rejected, sources);
        Path finished = null;
        try {
            out.close();
            finished = Files.createTempFile(target.getParent(), ".prices-", ".tmp");
            try (OutputStream file = Files.newOutputStream(finished)) {
                GZIPOutputStream gz = new GZIPOutputStream(file);
                gz.write(mapper.writeValueAsBytes(PriceFileHeaderJson.write(mapper, header)));
                gz.write('\n');
                gz.finish();
                Files.copy(body, file);
            }
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(body);
            if (!committed && finished != null) {
                deleteQuietly(finished);
            }
        }
    }

    @Override
    public void close() {
        if (committed) {
            return;
        }
        try {
            out.close();
        } catch (IOException ignored) {
            // the file is discarded anyway
        }
        deleteQuietly(body);
        if (createdFolder) {
            // the folder this writer made is removed again when empty: a failed refresh leaves no trace
            deleteQuietly(target.getParent());
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless: its name starts with a dot and ends in .tmp
        }
    }
}
