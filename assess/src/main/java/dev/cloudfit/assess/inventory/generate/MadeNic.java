package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Nic;

/** A generated network adapter and the virtual switch its port group is on. */
record MadeNic(Nic nic, String switchName) {
}
