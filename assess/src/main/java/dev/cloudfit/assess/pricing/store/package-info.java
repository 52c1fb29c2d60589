/**
 * cloudfit's own price file: gzipped JSON lines, a header line (currency, regions, when and where the prices
 * were fetched, row counts, sources) followed by one normalised {@link dev.cloudfit.assess.pricing.PriceRow} per
 * line. The same format holds a workspace's dated price cache ({@code prices refresh}) and the snapshot embedded
 * in the tool; {@code .source} chooses between them.
 */
package dev.cloudfit.assess.pricing.store;
