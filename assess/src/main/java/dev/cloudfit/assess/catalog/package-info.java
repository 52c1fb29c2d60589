/**
 * The Azure catalog as data: VM sizes, managed-disk tiers and Azure VMware Solution node types,
 * transcribed from Microsoft Learn with the source and date of every block, loaded once from
 * {@code /catalog/*.json} by {@link dev.cloudfit.assess.catalog.AzureCatalog}. A figure the source
 * does not give stays empty ("unknown"); nothing is extrapolated.
 */
package dev.cloudfit.assess.catalog;
