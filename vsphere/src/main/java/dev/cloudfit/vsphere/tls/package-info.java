/**
 * Trusting a vCenter's certificate without ever trusting everything: the system trust store by
 * default, or one pinned SHA-256/SHA-1 thumbprint; refusals print the server's SHA-256 thumbprint.
 * Entry point: {@link dev.cloudfit.vsphere.tls.VcenterTls}.
 */
package dev.cloudfit.vsphere.tls;
