package dev.cloudfit.assess.pricing.retail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.net.NameResolution;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Fetches every page of a query from the Retail Prices API and streams the items to a consumer as they are
 * parsed, one at a time, so memory stays constant whatever the number of rows. It follows {@code NextPageLink}
 * verbatim until it is null (never trusting {@code Count}), retries a page on 429, 5xx, timeouts and broken
 * connections with {@link Backoff}, and turns everything else that is wrong (an error status, an HTML page,
 * malformed JSON, another currency, an empty answer) into an {@link ExternalSystemException} whose one-line message
 * names the URL without its query and says what to do. A page that fails part-way is fetched again and its
 * already-delivered items are skipped, so no item reaches the consumer twice.
 *
 * <p>Every call is bounded, so a hostile or broken server cannot hang a refresh: the connect timeout, the request
 * timeout for the headers, a {@link BodyDeadline} for the body, and {@link RetailPricesSettings#totalTimeout()} for
 * the whole refresh (every page, retry and wait). A {@code NextPageLink} chain that comes back to a page already
 * read, repeats a page's items under a new link, or runs past {@link RetailPricesSettings#maxPages()} is refused. A
 * {@code NextPageLink} and an HTTP redirect follow one rule: they must stay on the endpoint's host. A host name that
 * does not resolve fails at once (it is not retried).
 */
final class RetailPricesClient {

    private static final int ERROR_BODY_LIMIT = 8 * 1024;
    private static final int MAX_REDIRECTS = 5;
    /** Azure pages hold 1,000 items (100 for some filters); a page far beyond that is a server streaming forever. */
    static final int MAX_ITEMS_PER_PAGE = 100_000;
    /** One daemon timer thread for every client's body deadlines; it only closes streams. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cloudfit-prices-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final RetailPricesSettings settings;
    private final HttpClient http;
    private final JsonFactory json = new JsonFactory();
    private final Backoff backoff;
    /** System.nanoTime() past which the refresh gives up; set when the client is made, at the refresh's start. */
    private final long deadlineNanos;
    private volatile boolean hostResolved;

    RetailPricesClient(RetailPricesSettings settings) {
        this.settings = settings;
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.deadlineNanos = System.nanoTime() + settings.totalTimeout().toNanos();
        // redirects are followed by hand, under the same rule as NextPageLink (see #sameHost)
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Runs several queries, at most {@code maxParallelQueries} at once. Items reach {@code sink} one call at a
     * time (calls are serialised), in page order within a query, interleaved across queries. The first failure
     * cancels the other queries and is thrown.
     */
    void fetchAll(List<PriceQuery> queries, Consumer<RetailItem> sink) {
        Object lock = new Object();
        Consumer<RetailItem> serial = item -> {
            synchronized (lock) {
                sink.accept(item);
            }
        };
        if (queries.size() <= 1) {
            queries.forEach(q -> fetch(q, serial));
            return;
        }
        int threads = Math.min(settings.maxParallelQueries(), queries.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cloudfit-prices");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (PriceQuery q : queries) {
                running.add(pool.submit(() -> fetch(q, serial)));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    running.forEach(other -> other.cancel(true));
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new ExternalSystemException("price query failed: " + e.getCause(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExternalSystemException("interrupted while fetching prices", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fetches all pages of one query. */
    void fetch(PriceQuery query, Consumer<RetailItem> sink) {
        requireResolvableHost();
        URI page = RetailPricesUrls.firstPage(settings, query);
        Set<String> visited = new HashSet<>();
        Map<Long, Integer> contents = new HashMap<>();
        long total = 0;
        int pages = 0;
        while (page != null) {
            if (!visited.add(page.toString())) {
                throw failure(page, "NextPageLink points back to a page already read (a looping page chain)");
            }
            if (++pages > settings.maxPages()) {
                throw failure(page, "NextPageLink runs on past " + settings.maxPages() + " pages for one query"
                        + " (a runaway page chain); check --prices-endpoint");
            }
            PageDigest digest = new PageDigest(page);
            RetailPageParser.PageSummary summary = fetchPage(page, digest.wrap(sink));
            if (summary.items() > 0) {
                Integer earlier = contents.putIfAbsent(digest.value(), pages);
                if (earlier != null) {
                    throw failure(page, "page " + pages + " repeats the items of page " + earlier
                            + " under another NextPageLink (a looping page chain)");
                }
            }
            String expected = settings.currency().getCurrencyCode();
            if (summary.billingCurrency() != null && !summary.billingCurrency().equals(expected)) {
                throw failure(page, "answered in " + summary.billingCurrency() + " instead of " + expected);
            }
            total += summary.items();
            page = summary.nextPageLink() == null ? null : nextPage(summary.nextPageLink(), page);
        }
        if (total == 0 && query.mustReturnRows()) {
            throw failure(settings.endpoint(), "no prices match " + query.filter().render()
                    + " (filter values are case-sensitive)");
        }
    }

    private RetailPageParser.PageSummary fetchPage(URI uri, Consumer<RetailItem> sink) {
        long[] delivered = {0};
        Consumer<RetailItem> counting = item -> {
            sink.accept(item);
            delivered[0]++;
        };
        String lastFailure;
        for (int attempt = 1; ; attempt++) {
            Optional<Duration> retryAfter = Optional.empty();
            Duration timeout = callTimeout(uri);
            try {
                HttpResponse<InputStream> response = send(uri, timeout);
                int status = response.statusCode();
                InputStream body = response.body();
                BodyDeadline deadline = BodyDeadline.start(WATCHDOG, body, timeout);
                try (body) {
                    if (status == 200) {
                        long before = delivered[0];
                        RetailPageParser.PageSummary page = readPage(uri, response, body, counting, before);
                        if (page.items() < before) {
                            throw failure(uri, "the page shrank from at least " + before + " to " + page.items()
                                    + " items between attempts");
                        }
                        return page;
                    }
                    if (status != 429 && status < 500) {
                        throw failure(uri, "HTTP " + status + errorDetail(response, body)
                                + "; the endpoint refused the request: check --prices-endpoint");
                    }
                    lastFailure = "HTTP " + status;
                    retryAfter = Backoff.parseRetryAfter(response.headers().firstValue("Retry-After"), Instant.now());
                    body.readNBytes(ERROR_BODY_LIMIT);
                } finally {
                    deadline.close();
                }
            } catch (HttpTimeoutException e) {
                checkDeadline(uri);
                lastFailure = "no answer within " + timeout.toMillis() + " ms";
            } catch (IOException e) {
                if (expired(e)) {
                    checkDeadline(uri);
                    lastFailure = "the page did not arrive within " + timeout.toMillis() + " ms";
                } else if (e instanceof JsonProcessingException j) {
                    throw failure(uri, "HTTP 200 with malformed JSON (" + oneLine(j.getOriginalMessage())
                            + location(j) + "); the endpoint is not a Retail Prices API, or it is broken");
                } else if (NameResolution.isUnresolved(e)) {
                    throw NameResolution.unresolved(uri.getHost(), "the Azure Retail Prices API (" + settings.endpoint()
                            + ")", e);
                } else {
                    lastFailure = e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(uri, "interrupted");
            }
            if (attempt >= settings.maxAttempts()) {
                throw failure(uri, lastFailure + ", gave up after " + attempt + " attempts");
            }
            if (retryAfter.isPresent() && retryAfter.get().compareTo(settings.maxBackoff()) > 0) {
                throw failure(uri, lastFailure + " with Retry-After " + retryAfter.get().toSeconds()
                        + " s, longer than the " + settings.maxBackoff().toSeconds() + " s limit");
            }
            Duration wait = backoff.delay(attempt, retryAfter);
            if (wait.toNanos() >= deadlineNanos - System.nanoTime()) {
                throw overdue(uri, lastFailure);
            }
            sleep(uri, wait);
        }
    }

    /**
     * Resolves the endpoint's host once, before the first call: the JDK's HTTP client reports a name that does not
     * resolve as a bare ConnectException after seconds, which would be retried like a network blip.
     */
    private void requireResolvableHost() {
        if (!hostResolved) {
            NameResolution.require(settings.endpoint().getHost(), "the Azure Retail Prices API ("
                    + settings.endpoint() + ")");
            hostResolved = true;
        }
    }

    /** Sends a GET, following at most {@value #MAX_REDIRECTS} redirects that stay on the endpoint's host. */
    private HttpResponse<InputStream> send(URI uri, Duration timeout) throws IOException, InterruptedException {
        URI target = uri;
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = http.send(request(target, timeout),
                    HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            boolean redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
            if (!redirect) {
                return response;
            }
            response.body().close();
            Optional<String> location = response.headers().firstValue("Location");
            if (location.isEmpty()) {
                throw failure(target, "HTTP " + status + " without a Location to go to");
            }
            if (hop >= MAX_REDIRECTS) {
                throw failure(uri, "more than " + MAX_REDIRECTS + " redirects; check --prices-endpoint");
            }
            URI next;
            try {
                next = target.resolve(location.get().trim().replace(" ", "%20"));
            } catch (IllegalArgumentException e) {
                throw failure(target, "HTTP " + status + " to a Location that is not a URL");
            }
            if (!sameHost(next)) {
                throw failure(target, "HTTP " + status + " redirects to another host ("
                        + RetailPricesUrls.withoutQuery(next) + "), which is never followed; give that address as"
                        + " --prices-endpoint if it is trusted");
            }
            target = next;
        }
    }

    /** The time a call may take: the request timeout, or less when the refresh's deadline is nearer. */
    private Duration callTimeout(URI uri) {
        checkDeadline(uri);
        long remaining = deadlineNanos - System.nanoTime();
        return Duration.ofNanos(Math.min(settings.requestTimeout().toNanos(), Math.max(remaining, 1_000_000)));
    }

    private void checkDeadline(URI uri) {
        if (System.nanoTime() - deadlineNanos >= 0) {
            throw overdue(uri, null);
        }
    }

    private ExternalSystemException overdue(URI uri, String lastFailure) {
        return failure(uri, "the refresh did not finish within " + settings.totalTimeout().toSeconds() + " s"
                + (lastFailure == null ? "" : " (last: " + lastFailure + ")")
                + "; the server is too slow or stalls. Try again later, or allow more with --timeout");
    }

    private RetailPageParser.PageSummary readPage(URI uri, HttpResponse<InputStream> response, InputStream body,
            Consumer<RetailItem> sink, long alreadyDelivered) throws IOException {
        Optional<String> contentType = response.headers().firstValue("Content-Type");
        if (contentType.isPresent() && !contentType.get().toLowerCase(Locale.ROOT).contains("json")) {
            throw failure(uri, "HTTP 200 with content type " + contentType.get() + " instead of JSON");
        }
        InputStream in = body;
        if (response.headers().firstValue("Content-Encoding").map(e -> e.equalsIgnoreCase("gzip")).orElse(false)) {
            in = new GZIPInputStream(in);
        }
        in = new BufferedInputStream(in, 64 * 1024);
        int first = firstSignificantByte(in);
        if (first != '{') {
            throw failure(uri, "HTTP 200 but the answer is not JSON (it starts with "
                    + (first < 0 ? "nothing" : "'" + (char) first + "'") + ")");
        }
        try (JsonParser parser = json.createParser(in)) {
            return RetailPageParser.parse(parser, sink, alreadyDelivered);
        }
    }

    /** Peeks at the first byte that is not whitespace or a UTF-8 byte-order mark, leaving the stream unread. */
    private static int firstSignificantByte(InputStream in) throws IOException {
        in.mark(4096);
        int b = -1;
        for (int read = 0; read < 4096; read++) {
            b = in.read();
            boolean skippable = b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == 0xEF || b == 0xBB || b == 0xBF;
            if (!skippable) {
                break;
            }
        }
        in.reset();
        return b;
    }

    private HttpRequest request(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", settings.userAgent())
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
    }

    /** Resolves a NextPageLink, which must stay on the endpoint's host (a mirror answers with its own links). */
    private URI nextPage(String link, URI current) {
        URI next;
        try {
            next = URI.create(link.trim().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw failure(current, "NextPageLink is not a URL");
        }
        if (!sameHost(next)) {
            throw failure(current, "NextPageLink leaves the prices endpoint (" + RetailPricesUrls.withoutQuery(next)
                    + "), which is never followed; give that address as --prices-endpoint if it is trusted");
        }
        return next;
    }

    /**
     * The one rule for NextPageLink and redirects: an absolute http(s) URL on the endpoint's host and port (a mirror
     * answers with its own links), never from https down to http.
     */
    private boolean sameHost(URI next) {
        URI endpoint = settings.endpoint();
        String scheme = next.getScheme();
        return next.isAbsolute() && next.getHost() != null
                && ("https".equals(scheme) || "http".equals(scheme))
                && !("https".equals(endpoint.getScheme()) && "http".equals(scheme))
                && next.getHost().equalsIgnoreCase(endpoint.getHost())
                && port(next) == port(endpoint);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    }

    /** " at line L, column C" when the parser knows where, else nothing (a nesting-limit error has no location). */
    private static String location(JsonProcessingException j) {
        return j.getLocation() == null ? "" : " at line " + j.getLocation().getLineNr() + ", column "
                + j.getLocation().getColumnNr();
    }

    /** Azure's error JSON ({@code {"Error":{"Code":..,"Message":..}}}) as " (Code: Message)", or nothing. */
    private String errorDetail(HttpResponse<InputStream> response, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(ERROR_BODY_LIMIT);
        boolean looksJson = response.headers().firstValue("Content-Type")
                .map(t -> t.toLowerCase(Locale.ROOT).contains("json")).orElse(true);
        if (!looksJson || bytes.length == 0) {
            return "";
        }
        String code = null;
        String message = null;
        try (JsonParser p = json.createParser(bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    String name = p.currentName() == null ? "" : p.currentName().toLowerCase(Locale.ROOT);
                    if (name.equals("code") && code == null) {
                        code = p.getText();
                    } else if (name.equals("message") && message == null) {
                        message = p.getText();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // a truncated or non-JSON error body: the status alone has to do
        }
        if (code == null && message == null) {
            return "";
        }
        String detail = code == null ? message : message == null ? code : code + ": " + message;
        detail = oneLine(detail);
        return " (" + (detail.length() > 200 ? detail.substring(0, 200) + "…" : detail) + ")";
    }

    /** Whether a failure came from the body deadline cutting the stream (directly or as a suppressed cause). */
    private static boolean expired(IOException e) {
        if (e instanceof BodyDeadline.Expired) {
            return true;
        }
        for (Throwable t : e.getSuppressed()) {
            if (t instanceof BodyDeadline.Expired) {
                return true;
            }
        }
        return false;
    }

    /** A digest of a page's items, in order, to spot the same page served again under another link. */
    private static final class PageDigest {
        private final URI page;
        private long value = 1;
        private int items;

        PageDigest(URI page) {
            this.page = page;
        }

        Consumer<RetailItem> wrap(Consumer<RetailItem> sink) {
            return item -> {
                if (++items > MAX_ITEMS_PER_PAGE) {
                    throw failure(page, "a page with more than " + MAX_ITEMS_PER_PAGE + " items (Azure sends 1,000):"
                            + " the server does not stop; check --prices-endpoint");
                }
                value = 31 * value + java.util.Objects.hash(item.meterId(), item.skuId(), item.type(),
                        item.effectiveStartDate(), item.retailPrice(), item.armRegionName(), item.reservationTerm());
                sink.accept(item);
            };
        }

        long value() {
            return value;
        }
    }

    private void sleep(URI uri, Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(uri, "interrupted while waiting to retry");
        }
    }

    private static ExternalSystemException failure(URI uri, String what) {
        return new ExternalSystemException("Azure Retail Prices API at " + RetailPricesUrls.withoutQuery(uri) + ": " + what);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
