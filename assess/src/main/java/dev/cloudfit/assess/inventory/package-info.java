/**
 * The inventory model: what cloudfit knows of a VMware estate, whatever the source (RVTools,
 * Azure Migrate CSV, vCenter). Immutable records, units as types; "unknown" is explicit.
 */
package dev.cloudfit.assess.inventory;
