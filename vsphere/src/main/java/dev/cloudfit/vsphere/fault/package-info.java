/**
 * vim25 SOAP faults as typed exceptions: a {@link dev.cloudfit.vsphere.fault.VimFault} (name,
 * message, detail fields) inside a {@link dev.cloudfit.vsphere.fault.VimFaultException} subclass
 * that callers can catch by kind.
 */
package dev.cloudfit.vsphere.fault;
