/**
 * The Migration Plan as a contract: its columns, the canonical fingerprint of each row's assessed
 * facts, the hidden manifest that stores those fingerprints, and {@link
 * dev.cloudfit.reports.plan.ApprovedPlanReader}, which returns the approved rows of a workbook and
 * refuses one whose facts were changed after it was written.
 */
package dev.cloudfit.reports.plan;
