/**
 * Which prices a run uses: the workspace's dated price cache when it covers the regions and currency, else the
 * snapshot embedded in cloudfit (USD, westeurope and northeurope), else a clear error telling to run
 * {@code cloudfit prices refresh}. Never a converted or guessed price.
 */
package dev.cloudfit.assess.pricing.source;
