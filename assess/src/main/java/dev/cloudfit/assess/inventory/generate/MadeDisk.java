package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Disk;

/** A generated disk: the model's view and the vSphere details beside it. */
record MadeDisk(Disk disk, DiskSlot slot) {
}
