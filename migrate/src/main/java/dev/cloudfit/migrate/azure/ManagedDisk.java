package dev.cloudfit.migrate.azure;

import java.util.Map;

/**
 * A managed disk as ARM reports it.
 *
 * @param id        its id
 * @param state     ARM's {@code diskState}: {@code ReadyToUpload}, {@code ActiveUpload}, {@code Unattached}, {@code Attached}...
 * @param uploadSizeBytes the size it was created for upload with (0 when not created for upload)
 * @param tags      its tags
 */
public record ManagedDisk(AzureResourceId id, String state, long uploadSizeBytes, Map<String, String> tags) {

    public ManagedDisk {
        tags = Map.copyOf(tags);
    }
}
