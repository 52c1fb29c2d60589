/**
 * Prices a customer negotiated ({@code --price-overrides FILE}): read from CSV, laid over the resolved price
 * source, and listed on the Assumptions sheet.
 */
package dev.cloudfit.assess.pricing.overrides;
