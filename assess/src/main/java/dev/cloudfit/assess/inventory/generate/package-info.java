/**
 * A synthetic VMware estate: realistic, deterministic per seed, and streamable, for demos,
 * benchmarks and tests that need more than the few public RVTools files. {@link
 * dev.cloudfit.assess.inventory.generate.EstateGenerator} makes the inventory model VM by VM (any VM
 * can be made again from its index alone), and {@link
 * dev.cloudfit.assess.inventory.generate.RvToolsWorkbookWriter} writes it as an RVTools 4.x workbook
 * or CSV export. Nothing here invents performance history: each VM only carries a {@link
 * dev.cloudfit.assess.inventory.generate.WorkloadProfile} for a later generator to use.
 */
package dev.cloudfit.assess.inventory.generate;
