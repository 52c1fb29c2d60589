package dev.cloudfit.vsphere.property;

/**
 * What a streamed retrieval delivered: objects handed to the consumer and pages read (the first
 * {@code RetrievePropertiesEx} plus each {@code ContinueRetrievePropertiesEx}).
 *
 * @param objects objects delivered
 * @param pages pages read
 */
public record RetrievalSummary(long objects, int pages) {
}
