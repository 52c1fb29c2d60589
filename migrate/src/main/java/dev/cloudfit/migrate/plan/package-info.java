/**
 * The plan: the approved rows of a signed workbook, pinned by the workbook's SHA-256, each VM found
 * in vCenter by instance UUID, with its disks, its findings and its itinerary; stored in the
 * workspace as {@code migrate/plan.json} and refused by a run when the workbook changed since.
 */
package dev.cloudfit.migrate.plan;
