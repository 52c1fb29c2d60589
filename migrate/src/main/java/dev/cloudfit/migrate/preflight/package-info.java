/**
 * Pre-flight: what must hold before a VM is migrated, as findings with a stable id, a severity and a
 * remedy; one rule a file. vSphere rules look at the source VM as vCenter reports it now; Azure's
 * come from the Azure adapter's pre-flight.
 */
package dev.cloudfit.migrate.preflight;
