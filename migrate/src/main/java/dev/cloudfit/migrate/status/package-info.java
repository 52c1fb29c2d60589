/**
 * Where every approved VM stands, from the plan and the journals alone (no vCenter, no Azure):
 * state, current or failed step, bytes moved, times, Azure resource ids, error and remedy; merged
 * across the workspaces of several shards; printed, as JSON, or as a status workbook.
 */
package dev.cloudfit.migrate.status;
