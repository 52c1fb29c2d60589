/**
 * Pricing scenarios side by side: pay-as-you-go, reservations and savings plans for one and three years, with
 * and without Azure Hybrid Benefit, Dev/Test, a negotiated discount, other regions. A
 * {@link dev.cloudfit.assess.pricing.scenario.CostCalculator} prices a list of
 * {@link dev.cloudfit.assess.pricing.scenario.PricedItem}s under every
 * {@link dev.cloudfit.assess.pricing.scenario.Scenario} of a set; a price it cannot find is listed as a
 * {@link dev.cloudfit.assess.pricing.scenario.MissingPrice}, never counted as zero.
 */
package dev.cloudfit.assess.pricing.scenario;
