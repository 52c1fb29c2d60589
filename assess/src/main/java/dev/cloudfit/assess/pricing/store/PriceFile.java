package dev.cloudfit.assess.pricing.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.assess.pricing.PriceRowSink;
import dev.cloudfit.assess.pricing.PricingUnits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads a price file written by {@link PriceFileWriter}: the header line, then (for {@link #read}) every row
 * into a sink. A malformed file is an {@link IOException} naming the line, so the caller can say which file is
 * damaged.
 */
public final class PriceFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PriceFile() {
    }

    /** Only the header; the rows are not read. */
    public static PriceFileHeader readHeader(InputStream in) throws IOException {
        BufferedReader lines = reader(in);
        return header(lines);
    }

    /** The header, with every row streamed into {@code sink}. */
    public static PriceFileHeader read(InputStream in, PriceRowSink sink) throws IOException {
        BufferedReader lines = reader(in);
        PriceFileHeader header = header(lines);
        PriceRowJson rows = new PriceRowJson(MAPPER, PricingUnits.builtIn());
        long lineNo = 1;
        long count = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                sink.accept(rows.read(MAPPER.readTree(line), header.currency()));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IOException("line " + lineNo + ": " + e.getMessage(), e);
            }
            count++;
        }
        if (count != header.rowsWritten()) {
            throw new IOException("the header promises " + header.rowsWritten() + " rows, the file has " + count
                    + " (truncated?)");
        }
        return header;
    }

    private static BufferedReader reader(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    }

    private static PriceFileHeader header(BufferedReader lines) throws IOException {
        String first = lines.readLine();
        if (first == null) {
            throw new IOException("empty price file");
        }
        try {
            return PriceFileHeaderJson.read(MAPPER.readTree(first));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException("line 1: " + e.getMessage(), e);
        }
    }
}
