package dev.cloudfit.assess.inventory;

import java.util.List;
import java.util.Objects;

/** A whole estate as one source saw it: VMs (templates included, flagged), hosts, and provenance. */
public record Inventory(List<Vm> vms, List<Host> hosts, InventorySource source) {

    public Inventory {
        vms = List.copyOf(vms);
        hosts = List.copyOf(hosts);
        Objects.requireNonNull(source, "source");
    }
}
