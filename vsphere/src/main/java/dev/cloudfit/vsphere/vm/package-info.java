/**
 * What the migration does to a source VM, and nothing more: read its disks, read and change its power
 * state, take and remove snapshots, enable changed-block tracking. Every change is returned as a
 * {@link dev.cloudfit.vsphere.vm.VmChange} that knows how to undo itself, so a caller records it
 * before going on and can put the VM back as it was.
 */
package dev.cloudfit.vsphere.vm;
