/**
 * Writes an {@link dev.cloudfit.reports.model.AssessmentReport} as an .xlsx workbook: the small
 * sheets (Summary with its charts, AVS, Readiness, Scenarios, On-premises, Assumptions) with POI's
 * XSSF, the big ones (VMs, Disks, Migration Plan and the hidden manifest) streamed with SXSSF, one
 * writer class per sheet. The file appears only when complete (temp file, then atomic move).
 */
package dev.cloudfit.reports.workbook;
