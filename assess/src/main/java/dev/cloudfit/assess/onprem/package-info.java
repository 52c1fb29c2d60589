/**
 * The on-premises cost model finance puts next to the Azure scenarios: per-host costs (hardware amortisation,
 * VMware licences per core, support, power and cooling, rack space, administration) plus the VMs' provisioned
 * storage per TiB, or a flat rate per VM, from an editable input file whose defaults are labelled as assumptions.
 * See {@code docs/pricing.md}.
 */
package dev.cloudfit.assess.onprem;
