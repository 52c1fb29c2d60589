/**
 * Sizing: from a VM's configuration and performance summary to Azure needs, disks, a VM size or AVS
 * nodes, readiness findings and the reasons for every choice. The method is described in
 * {@code docs/methodology.md}; every number here can be traced to the settings listed by
 * {@link dev.cloudfit.assess.sizing.settings.AssessmentSettings#describe()}.
 */
package dev.cloudfit.assess.sizing;
