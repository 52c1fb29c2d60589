package dev.cloudfit.testkit.arm;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.sas.BlobSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.blob.specialized.PageBlobClient;
import dev.cloudfit.testkit.azurite.Azurite;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The page blobs behind managed disks' upload SAS URLs, in Azurite: created at exactly the upload
 * size as Azure does, written by the client through the SAS, read back at revoke.
 */
final class UploadBlobs {

    private final BlobContainerClient container;

    UploadBlobs(Azurite azurite) {
        this.container = new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient()
                .getBlobContainerClient("md-impexp");
        if (!container.exists()) {
            container.create();
        }
    }

    /** @return the blob name of a new page blob of {@code size} bytes */
    String create(String diskName, long size) {
        String name = diskName.toLowerCase(java.util.Locale.ROOT) + "-" + UUID.randomUUID();
        container.getBlobClient(name).getPageBlobClient().create(size);
        return name;
    }

    /** @return a write (and read) SAS URL for the blob, valid for {@code seconds} */
    String sasUrl(String blobName, long seconds) {
        PageBlobClient blob = container.getBlobClient(blobName).getPageBlobClient();
        String sas = blob.generateSas(new BlobServiceSasSignatureValues(OffsetDateTime.now().plusSeconds(seconds),
                new BlobSasPermission().setReadPermission(true).setWritePermission(true)));
        return blob.getBlobUrl() + "?" + sas;
    }

    /** @return the blob's last 512 bytes */
    byte[] footer(String blobName, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        container.getBlobClient(blobName).downloadStreamWithResponse(out, new BlobRange(size - 512, 512L),
                null, null, false, null, Context.NONE);
        return out.toByteArray();
    }

    void delete(String blobName) {
        container.getBlobClient(blobName).deleteIfExists();
    }
}
