/**
 * Datastore files over vCenter's HTTP file access ({@code /folder/<path>?dcPath=&dsName=}): ranged,
 * resumable reads of a flat extent.
 */
package dev.cloudfit.vsphere.datastore;
