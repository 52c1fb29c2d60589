/**
 * Plain HTTPS to vCenter beside SOAP: the export lease's disk URLs and the datastore's
 * {@code /folder} files, with the session's cookie and the same certificate trust as the SOAP client.
 */
package dev.cloudfit.vsphere.http;
