/**
 * The assessment report as immutable records: everything the workbook shows, with units in the
 * types ({@code Money}, {@code DataSize}, {@code Percentage}). Self-contained on purpose: the
 * {@code assess} module maps its sizing and pricing results into these records, and the workbook
 * writer and the approved-plan reader know nothing of how they were computed.
 */
package dev.cloudfit.reports.model;
