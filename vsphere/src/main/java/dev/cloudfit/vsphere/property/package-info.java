/**
 * Reading vCenter objects through the {@code PropertyCollector}: named property paths, paged
 * retrieval with continue tokens, objects streamed to the caller as {@link
 * dev.cloudfit.vsphere.property.ObjectContent} with values in a small neutral tree
 * ({@link dev.cloudfit.vsphere.property.PropertyValue}). Entry point:
 * {@link dev.cloudfit.vsphere.property.PropertyCollector}.
 */
package dev.cloudfit.vsphere.property;
