package dev.cloudfit.vsphere.datastore;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.http.HttpAnswer;
import dev.cloudfit.vsphere.http.VcenterHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads datastore files through vCenter's {@code https://<vc>/folder/<path>?dcPath=<dc>&dsName=<ds>}
 * (the path's segments, the datacenter and the datastore URL-quoted), with the session's cookie.
 *
 * <p>{@link #copy} reads a byte range with {@code Range: bytes=first-last} and, when the connection drops
 * or the server cuts the body, starts again at the first byte not yet delivered: a read is resumable
 * from any offset, and the sink never sees a byte twice. An answer 401 (the session expired during a
 * long copy) makes the session log in again, once, before the same range is asked again.
 *
 * <p>Consistency is the caller's business: read the flat extent of a powered-off VM, or the base
 * disk of a powered-on VM while a snapshot holds it still (writes go to the snapshot's delta).
 */
public final class DatastoreFiles {

    /** How many times a range read starts again after a dropped connection before giving up. */
    public static final int DEFAULT_RESUMES = 5;
    private static final int CHUNK = 1 << 20;
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final VcenterHttp http;
    private final String datacenterPath;
    private final int resumes;

    /**
     * @param http the session's HTTP access
     * @param datacenterPath the datacenter's inventory path, e.g. {@code DC0} or {@code Europe/DC-Paris}
     */
    public DatastoreFiles(VcenterHttp http, String datacenterPath) {
        this(http, datacenterPath, DEFAULT_RESUMES);
    }

    /** As {@link #DatastoreFiles(VcenterHttp, String)}, with another number of resumes per read. */
    public DatastoreFiles(VcenterHttp http, String datacenterPath, int resumes) {
        this.http = Objects.requireNonNull(http, "http");
        this.datacenterPath = Objects.requireNonNull(datacenterPath, "datacenterPath");
        if (resumes < 0) {
            throw new IllegalArgumentException("resumes must not be negative");
        }
        this.resumes = resumes;
    }

    /** @return the file's URL on the session's vCenter */
    public URI url(DatastorePath file) {
        StringBuilder path = new StringBuilder("/folder");
        for (String segment : file.path().split("/")) {
            path.append('/').append(quote(segment));
        }
        return http.session().transport().endpoint().baseUrl().resolve(path + "?dcPath=" + quote(datacenterPath)
                + "&dsName=" + quote(file.datastore()));
    }

    /** @return the file's size from a HEAD request, or empty when the server does not say */
    public OptionalLong size(DatastorePath file) {
        HttpResponse<Void> response = http.head(url(file), "datastore file " + file);
        if (response.statusCode() == 404) {
            throw new ExternalSystemException("datastore file " + file + " does not exist in datacenter " + datacenterPath);
        }
        if (response.statusCode() != 200) {
            throw new ExternalSystemException("vCenter refused datastore file " + file + ": HTTP " + response.statusCode());
        }
        return response.headers().firstValueAsLong("Content-Length");
    }

    /**
     * Hands the bytes {@code [offset, offset + length)} of the file to the sink, in order.
     *
     * @throws ExternalSystemException when the file is missing, the server refuses, or the read fails more
     *         often than the resumes allow
     * @throws UncheckedIOException when the sink fails (nothing is retried then)
     */
    public void copy(DatastorePath file, long offset, long length, RangeSink sink) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        long next = offset;
        long end = offset + length;
        int failures = 0;
        boolean renewed = false;
        byte[] buffer = new byte[CHUNK];
        while (next < end) {
            HttpAnswer response = http.getRange(url(file), next, end - 1, "datastore file " + file);
            try (InputStream body = response.body()) {
                if (response.statusCode() == 401 && !renewed) {
                    // vCenter sessions expire after 30 idle minutes, and a long copy makes no SOAP calls:
                    // log in again if the session is gone (currentSession does), then ask again once
                    renewed = true;
                    http.session().currentSession();
                    continue;
                }
                checkAnswer(file, response, next);
                renewed = false;
                while (next < end) {
                    int n = body.read(buffer, 0, (int) Math.min(buffer.length, end - next));
                    if (n < 0) {
                        throw new IOException("the answer ended at byte " + next + ", before byte " + end);
                    }
                    deliver(sink, next, buffer, n);
                    next += n;
                }
            } catch (IOException e) {
                failures++;
                if (failures > resumes) {
                    throw new ExternalSystemException("reading datastore file " + file + " failed at byte " + next
                            + " after " + resumes + " resumes: " + e.getMessage(), e);
                }
            }
        }
    }

    private void checkAnswer(DatastorePath file, HttpAnswer response, long from) {
        int status = response.statusCode();
        if (status == 404) {
            throw new ExternalSystemException("datastore file " + file + " does not exist in datacenter " + datacenterPath);
        }
        if (from == 0 && status == 200) {
            return; // the whole file: the loop reads the first bytes only
        }
        if (status == 401 || status == 403) {
            throw new ExternalSystemException("vCenter refused to read datastore file " + file + " (HTTP " + status
                    + "): the user needs the Datastore.Browse privilege on datastore " + file.datastore());
        }
        if (status != 206) {
            throw new ExternalSystemException("vCenter did not answer the range read of " + file + " from byte " + from
                    + ": " + VcenterHttp.describe(response));
        }
        String range = response.headers().firstValue("Content-Range").orElse("");
        Matcher m = CONTENT_RANGE.matcher(range);
        if (!m.matches() || Long.parseLong(m.group(1)) != from) {
            throw new ExternalSystemException("vCenter answered the range read of " + file + " from byte " + from
                    + " with Content-Range '" + range + "'");
        }
    }

    private static void deliver(RangeSink sink, long offset, byte[] buffer, int n) {
        try {
            sink.accept(offset, buffer, n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "DatastoreFiles[" + datacenterPath + "]";
    }
}
