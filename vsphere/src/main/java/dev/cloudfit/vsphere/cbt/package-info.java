/**
 * Changed-block tracking: which areas of a disk hold data ({@code changeId "*"}) or changed since a
 * change id ({@code QueryChangedDiskAreas}), read window after window until the disk's end.
 */
package dev.cloudfit.vsphere.cbt;
