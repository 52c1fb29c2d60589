/**
 * vSphere tags through the vSphere Automation REST API ({@code /rest/com/vmware/cis/...}): tags live
 * outside vim25, so the SOAP client cannot read them. {@link dev.cloudfit.vsphere.tags.VapiSession}
 * logs in with basic authentication over the same pinned TLS as the SOAP client and sends the
 * {@code vmware-api-session-id} token; {@link dev.cloudfit.vsphere.tags.TaggingClient} reads
 * categories, tags and the objects they are attached to. JSON stays in this package: callers get
 * {@link dev.cloudfit.vsphere.tags.TagCategory}, {@link dev.cloudfit.vsphere.tags.Tag} and
 * {@link dev.cloudfit.vsphere.tags.ObjectTag} records.
 */
package dev.cloudfit.vsphere.tags;
