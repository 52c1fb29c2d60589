package dev.cloudfit.migrate.azure;

import java.net.URI;
import java.util.Objects;

/**
 * Write access to a managed disk being uploaded: a SAS URL for its page blob, which is a secret.
 * {@link #toString()} shows the blob without the signature, so the grant can be logged or journaled.
 *
 * @param disk   the disk
 * @param sasUrl the upload URL, signature included; hand it to the data path only
 */
public record UploadGrant(AzureResourceId disk, URI sasUrl) {

    public UploadGrant {
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(sasUrl, "sasUrl");
    }

    @Override
    public String toString() {
        return "UploadGrant[disk=" + disk + ", blob=" + sasUrl.getScheme() + "://" + sasUrl.getRawAuthority()
                + sasUrl.getRawPath() + "?<signature hidden>]";
    }
}
