package dev.cloudfit.assess.pricing.retail;

import java.net.URI;
import java.time.Duration;
import java.util.Currency;
import java.util.Objects;

/**
 * How to reach the Azure Retail Prices API. {@code endpoint} is what {@code --prices-endpoint} sets (a mirror,
 * or a local replay server in tests); the API version is fixed at {@value #API_VERSION}, the only one that returns
 * savings-plan prices.
 *
 * @param currency sent as the {@code currencyCode} query parameter (inside {@code $filter} a non-USD currency
 *     silently returns nothing)
 * @param maxAttempts attempts per page, the first included, before a 429, 5xx, timeout or I/O failure is fatal
 * @param initialBackoff the first retry waits about this long; each further retry doubles it, with jitter
 * @param maxBackoff no wait is longer; a {@code Retry-After} asking for more is a failure, not a long sleep
 * @param maxParallelQueries how many filters are fetched at once
 * @param userAgent sent as {@code User-Agent}, {@code cloudfit/<version>}
 * @param totalTimeout the whole refresh (every query, page, retry and wait) gives up after this long
 * @param maxPages pages one query may chain through {@code NextPageLink}; more is a runaway chain (a region's VM
 *     list is well under a hundred pages of 1,000 rows)
 */
public record RetailPricesSettings(
        URI endpoint,
        Currency currency,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        int maxParallelQueries,
        String userAgent,
        Duration totalTimeout,
        int maxPages) {

    public static final URI DEFAULT_ENDPOINT = URI.create("https://prices.azure.com/api/retail/prices");
    public static final String API_VERSION = "2023-01-01-preview";

    public RetailPricesSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(totalTimeout, "totalTimeout");
        if (!endpoint.isAbsolute() || endpoint.getRawQuery() != null
                || !("https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("the prices endpoint must be an absolute http(s) URL without a query: "
                    + endpoint);
        }
        if (maxAttempts < 1 || maxParallelQueries < 1 || maxPages < 1) {
            throw new IllegalArgumentException("maxAttempts, maxParallelQueries and maxPages must be at least 1");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero() || totalTimeout.isNegative() || totalTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
        }
    }

    /** The default bound on a whole refresh, in seconds. */
    public static final int DEFAULT_TOTAL_TIMEOUT_SECONDS = 900;

    /**
     * The defaults: the public endpoint, USD, 10 s to connect, 60 s for a page's headers and again for its body, 6
     * attempts, backoff from 2 s doubling up to 60 s (a reported 429 storm cleared after about 30 s), 3 queries at
     * once, {@value #DEFAULT_TOTAL_TIMEOUT_SECONDS} s for the whole refresh, 1,000 pages a query.
     */
    public static RetailPricesSettings defaults(String cloudfitVersion) {
        return new RetailPricesSettings(DEFAULT_ENDPOINT, Currency.getInstance("USD"), Duration.ofSeconds(10),
                Duration.ofSeconds(60), 6, Duration.ofSeconds(2), Duration.ofSeconds(60), 3,
                "cloudfit/" + cloudfitVersion, Duration.ofSeconds(DEFAULT_TOTAL_TIMEOUT_SECONDS), 1000);
    }

    public RetailPricesSettings withEndpoint(URI newEndpoint) {
        return new RetailPricesSettings(newEndpoint, currency, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxParallelQueries, userAgent, totalTimeout, maxPages);
    }

    public RetailPricesSettings withCurrency(Currency newCurrency) {
        return new RetailPricesSettings(endpoint, newCurrency, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxParallelQueries, userAgent, totalTimeout, maxPages);
    }

    public RetailPricesSettings withRetries(int attempts, Duration initial, Duration max) {
        return new RetailPricesSettings(endpoint, currency, connectTimeout, requestTimeout, attempts, initial, max,
                maxParallelQueries, userAgent, totalTimeout, maxPages);
    }

    public RetailPricesSettings withTimeouts(Duration connect, Duration request) {
        return new RetailPricesSettings(endpoint, currency, connect, request, maxAttempts, initialBackoff,
                maxBackoff, maxParallelQueries, userAgent, totalTimeout, maxPages);
    }

    public RetailPricesSettings withMaxParallelQueries(int queries) {
        return new RetailPricesSettings(endpoint, currency, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, queries, userAgent, totalTimeout, maxPages);
    }

    public RetailPricesSettings withTotalTimeout(Duration total) {
        return new RetailPricesSettings(endpoint, currency, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxParallelQueries, userAgent, total, maxPages);
    }

    public RetailPricesSettings withMaxPages(int pages) {
        return new RetailPricesSettings(endpoint, currency, connectTimeout, requestTimeout, maxAttempts,
                initialBackoff, maxBackoff, maxParallelQueries, userAgent, totalTimeout, pages);
    }
}
