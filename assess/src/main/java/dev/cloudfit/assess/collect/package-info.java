/**
 * Live collection from vCenter: the inventory ({@link dev.cloudfit.assess.collect.VcenterInventoryCollector},
 * into the same model as the RVTools importer, plus references and counter instances for
 * performance collection) and the {@code cloudfit collect} run around it.
 */
package dev.cloudfit.assess.collect;
