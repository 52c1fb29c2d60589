/**
 * Reading CSV files as Windows tools write them, for every CSV importer (Azure Migrate, RVTools
 * CSV exports): {@link dev.cloudfit.assess.inventory.csv.CsvReader} streams RFC 4180 records with
 * a sniffed delimiter, a detected encoding and physical line numbers;
 * {@link dev.cloudfit.assess.inventory.csv.LocaleNumber} reads numbers in either decimal convention;
 * {@link dev.cloudfit.assess.inventory.csv.CsvRow} turns bad values into one-line errors that name
 * the file, row and column.
 */
package dev.cloudfit.assess.inventory.csv;
