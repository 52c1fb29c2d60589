/**
 * vim25 SOAP over {@code java.net.http}: envelopes built with escaping
 * ({@link dev.cloudfit.vsphere.soap.SoapRequest}), responses streamed through a hardened StAX
 * parser ({@link dev.cloudfit.vsphere.soap.SecureXml}), faults turned into typed exceptions, and
 * the session cookie kept ({@link dev.cloudfit.vsphere.soap.SoapTransport}). The XML never leaves
 * this module: readers turn it into our own records.
 */
package dev.cloudfit.vsphere.soap;
