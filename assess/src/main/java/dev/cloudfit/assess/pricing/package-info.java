/**
 * Prices for the assessment: normalised Azure retail price rows ({@link dev.cloudfit.assess.pricing.PriceRow}),
 * their classification ({@link dev.cloudfit.assess.pricing.MeterKind}) and the immutable
 * {@link dev.cloudfit.assess.pricing.PriceBook} the sizing and report code look prices up in. A missing price is
 * always {@code Optional.empty()}, never zero. The wire format of the Azure Retail Prices API stays in
 * {@code .retail}.
 */
package dev.cloudfit.assess.pricing;
