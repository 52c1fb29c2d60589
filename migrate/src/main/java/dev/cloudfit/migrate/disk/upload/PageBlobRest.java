package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.ExternalSystemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The adapter to Azure Blob storage's page-blob REST surface, addressed through a SAS URL:
 * Get Blob Properties, Put Page ({@code update} and {@code clear}), Get Page Ranges and a ranged
 * Get Blob. Built on {@code java.net.http} rather than the Azure SDK so that the 4 MiB cap, every
 * request in flight, every retry and every byte sent are ours to decide and to count.
 *
 * <p>Each call blocks, retries passing failures by its {@link RetryPolicy}, and throws
 * {@link ExternalSystemException} otherwise; messages name the blob without its SAS.
 * Safe for use by several threads at once.
 */
public final class PageBlobRest {

    /** A storage service version every Azure region and Azurite 3.x serve; it has paged Get Page Ranges. */
    static final String API_VERSION = "2021-08-06";

    private final SasUrl sas;
    private final RetryPolicy retry;
    private final HttpClient http;
    private final WireCounters counters = new WireCounters();

    public PageBlobRest(SasUrl sas, RetryPolicy retry) {
        this.sas = sas;
        this.retry = retry;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** @return what was sent and received so far */
    public WireCounters counters() {
        return counters;
    }

    /** @return the blob's name for messages: its URL without the SAS */
    public String blob() {
        return sas.redacted();
    }

    /** The blob's type and size, from Get Blob Properties. */
    public record Properties(String blobType, long size) {
    }

    public Properties properties() {
        HttpResponse<byte[]> r = send("read the blob's properties", () -> request("").method("HEAD",
                HttpRequest.BodyPublishers.noBody()), 0);
        long size = r.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new Properties(r.headers().firstValue("x-ms-blob-type").orElse("unknown"), size);
    }

    /**
     * Writes {@code length} bytes of {@code data} from {@code from} at blob offset {@code offset}.
     *
     * @throws IllegalArgumentException when the write is over 4 MiB or not 512-aligned (Azure refuses both)
     */
    public void putPages(long offset, byte[] data, int from, int length) {
        if (length <= 0 || length > UploadLayout.CHUNK || offset % UploadLayout.PAGE != 0
                || length % UploadLayout.PAGE != 0) {
            throw new IllegalArgumentException("Put Page takes 512-aligned writes of at most 4 MiB, not "
                    + length + " bytes at " + offset);
        }
        ByteRange range = new ByteRange(offset, length);
        send("write pages " + range.httpRange(), () -> request("comp=page")
                .header("x-ms-page-write", "update")
                .header("x-ms-range", range.httpRange())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(data, from, length)), length);
    }

    /** Clears (zeroes, unlists) the pages in {@code range}, which must be 512-aligned. */
    public void clearPages(ByteRange range) {
        if (range.offset() % UploadLayout.PAGE != 0 || range.length() % UploadLayout.PAGE != 0) {
            throw new IllegalArgumentException("Put Page clear takes 512-aligned ranges, not " + range);
        }
        send("clear pages " + range.httpRange(), () -> request("comp=page")
                .header("x-ms-page-write", "clear")
                .header("x-ms-range", range.httpRange())
                .PUT(HttpRequest.BodyPublishers.noBody()), 0);
    }

    /** @return the ranges of the blob that hold pages, ascending, from Get Page Ranges (following its markers) */
    public List<ByteRange> pageRanges() {
        List<ByteRange> ranges = new ArrayList<>();
        String marker = "";
        do {
            String query = "comp=pagelist" + (marker.isEmpty() ? "" : "&marker=" + java.net.URLEncoder.encode(marker,
                    java.nio.charset.StandardCharsets.UTF_8));
            HttpResponse<byte[]> r = send("list the blob's pages", () -> request(query).GET(), 0);
            marker = parsePageList(r.body(), ranges);
        } while (!marker.isEmpty());
        return ranges;
    }

    /** @return the blob's bytes in {@code range} (at most 4 MiB), from a ranged Get Blob */
    public byte[] read(ByteRange range) {
        if (range.length() > UploadLayout.CHUNK) {
            throw new IllegalArgumentException("reads are at most 4 MiB, not " + range.length());
        }
        HttpResponse<byte[]> r = send("read " + range.httpRange(), () -> request("")
                .header("x-ms-range", range.httpRange()).GET(), 0);
        if (r.body().length != range.length()) {
            throw new ExternalSystemException(blob() + ": asked for " + range.length() + " bytes at " + range.offset()
                    + ", got " + r.body().length);
        }
        return r.body();
    }

    /** Parses a PageList document, adds its page ranges, returns its NextMarker ("" when last). */
    private String parsePageList(byte[] xml, List<ByteRange> into) {
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            String marker = "";
            boolean inPageRange = false;
            long start = -1;
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    switch (x.getLocalName()) {
                        case "PageRange" -> inPageRange = true;
                        case "ClearRange" -> inPageRange = false;
                        case "Start" -> start = Long.parseLong(x.getElementText().trim());
                        case "End" -> {
                            long end = Long.parseLong(x.getElementText().trim());
                            if (inPageRange) {
                                into.add(new ByteRange(start, end - start + 1));
                            }
                        }
                        case "NextMarker" -> marker = x.getElementText().trim();
                        default -> { }
                    }
                }
            }
            return marker;
        } catch (XMLStreamException | NumberFormatException e) {
            throw new ExternalSystemException(blob() + ": the page list is not the XML Azure sends ("
                    + sas.scrub(e.getMessage()) + ")");
        }
    }

    private HttpRequest.Builder request(String extraQuery) {
        URI uri = sas.withQuery(extraQuery);
        return HttpRequest.newBuilder(uri)
                .timeout(retry.requestTimeout())
                .header("x-ms-version", API_VERSION);
    }

    /** Sends a request built afresh for each attempt; retries passing failures; returns a 2xx answer. */
    private HttpResponse<byte[]> send(String what, java.util.function.Supplier<HttpRequest.Builder> build, long bodyBytes) {
        String failure = null;
        for (int attempt = 1; ; attempt++) {
            Duration retryAfter = null;
            try {
                counters.sent(bodyBytes);
                HttpResponse<byte[]> r = http.send(build.get().build(), HttpResponse.BodyHandlers.ofByteArray());
                counters.received(r.body() == null ? 0 : r.body().length);
                int status = r.statusCode();
                if (status / 100 == 2) {
                    return r;
                }
                String code = r.headers().firstValue("x-ms-error-code").orElse("");
                failure = "HTTP " + status + (code.isEmpty() ? "" : " " + code);
                if (!RetryPolicy.isTransient(status)) {
                    throw refused(what, status, failure);
                }
                retryAfter = r.headers().firstValueAsLong("Retry-After").stream()
                        .mapToObj(Duration::ofSeconds).findFirst().orElse(null);
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExternalSystemException(blob() + ": interrupted while trying to " + what);
            }
            if (attempt >= retry.attempts()) {
                throw new ExternalSystemException(blob() + ": could not " + what + " after " + attempt
                        + " attempts; last: " + sas.scrub(failure));
            }
            counters.retried();
            sleep(retry.delay(attempt, retryAfter), what);
        }
    }

    private ExternalSystemException refused(String what, int status, String failure) {
        String hint = switch (status) {
            case 403 -> ": the SAS was refused (expired, revoked, read-only, or for another blob); grant write access again";
            case 404 -> ": there is no such blob (was the disk deleted, or access revoked?)";
            case 409 -> ": the blob is busy or in a state that refuses writes";
            case 416 -> ": the range lies outside the blob";
            default -> "";
        };
        return new ExternalSystemException(blob() + ": could not " + what + ": " + sas.scrub(failure) + hint);
    }

    private void sleep(Duration d, String what) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException(blob() + ": interrupted while waiting to retry " + what);
        }
    }
}
