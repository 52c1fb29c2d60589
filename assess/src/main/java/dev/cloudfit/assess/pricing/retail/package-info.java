/**
 * The adapter for the Azure Retail Prices API ({@code https://prices.azure.com/api/retail/prices}): the
 * {@code $filter} builder, the paging HTTP client (streaming Jackson parser, retries with backoff, bounded
 * parallel queries), the normaliser from wire items to {@link dev.cloudfit.assess.pricing.PriceRow}, and a reader
 * for the radar snapshot format. Wire types (the JSON items) never leave this package.
 */
package dev.cloudfit.assess.pricing.retail;
