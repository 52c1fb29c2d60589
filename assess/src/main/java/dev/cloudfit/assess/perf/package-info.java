/**
 * Performance data about VMs: for now the single-point utilisation figures that an Azure Migrate
 * CSV import carries ({@link dev.cloudfit.assess.perf.UtilizationSnapshot}). Series collected from
 * vCenter, with their interval and source, will live here too.
 */
package dev.cloudfit.assess.perf;
