/**
 * From an assessment (inventory, sizing result, resolved prices, settings, input files) to the
 * {@code reports} model that the workbook writer turns into Excel; and the pipeline that runs it.
 */
package dev.cloudfit.assess.report;
