/**
 * A run: the approved VMs of a plan (a wave, a VM, a shard), each walked along its itinerary from the
 * first step its journal does not show done, with limits on disks in flight per ESXi host and on
 * ARM writes; rollback and test clean-up from what the journal recorded.
 */
package dev.cloudfit.migrate.run;
