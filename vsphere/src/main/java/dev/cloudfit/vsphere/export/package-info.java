/**
 * Exporting a powered-off VM's disks through an {@code HttpNfcLease} ({@code ExportVm}): each disk
 * arrives as a streamOptimized VMDK over HTTPS, while the lease is kept alive with progress calls,
 * completed on success and aborted on any failure.
 */
package dev.cloudfit.vsphere.export;
