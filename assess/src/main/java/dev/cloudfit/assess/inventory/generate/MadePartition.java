package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Partition;

/** A generated guest file system and the index of the disk it lives on. */
record MadePartition(Partition partition, int diskIndex) {
}
