/**
 * RVTools import: .xlsx exports (streamed, never the whole workbook in memory) and "Export all to
 * csv" folders or zips. Columns are found by normalised header name with the aliases every RVTools
 * version has used; vInfo is required, every other sheet enriches when present and its absence is
 * recorded in the inventory's field sources.
 */
package dev.cloudfit.assess.inventory.rvtools;
