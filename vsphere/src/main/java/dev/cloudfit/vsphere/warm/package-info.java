/**
 * Warm migration from vSphere: with changed-block tracking on, the first cycle copies the areas of each
 * disk that hold data, and each later cycle only the areas changed since the change id stored by the
 * cycle before, onto the same target disk. The target is a port ({@link dev.cloudfit.vsphere.warm.DiskTarget}):
 * a local file here, a page blob in the migrate plugin. The cycle's state is a record persisted after
 * every step, so an interrupted cycle is resumed without losing a change or a snapshot.
 */
package dev.cloudfit.vsphere.warm;
