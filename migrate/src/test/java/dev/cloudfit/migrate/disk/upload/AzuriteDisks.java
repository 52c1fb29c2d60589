package dev.cloudfit.migrate.disk.upload;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.sas.BlobSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.blob.specialized.PageBlobClient;
import dev.cloudfit.testkit.azurite.Azurite;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Page blobs in Azurite shaped like a managed disk opened for upload: created at their final size
 * by someone else (here the Azure SDK, with the account key), reached by the uploader only through
 * a write SAS URL. Reading back uses the SDK too, an independent client.
 */
final class AzuriteDisks {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final BlobContainerClient container;

    AzuriteDisks(Azurite azurite) {
        BlobServiceClient service = new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient();
        this.container = service.getBlobContainerClient("disks");
        container.createIfNotExists();
    }

    /** A disk of {@code size} bytes, as a Create Disk with {@code uploadSizeBytes = size} leaves it. */
    Disk create(long size) {
        PageBlobClient blob = container.getBlobClient("disk-" + NEXT.incrementAndGet() + ".vhd").getPageBlobClient();
        blob.create(size);
        return new Disk(blob);
    }

    record Disk(PageBlobClient blob) {

        /** The write SAS, as grantAccess hands it out: read and write, one day. */
        String sas() {
            BlobServiceSasSignatureValues values = new BlobServiceSasSignatureValues(OffsetDateTime.now().plusDays(1),
                    new BlobSasPermission().setReadPermission(true).setWritePermission(true));
            return blob.getBlobUrl() + "?" + blob.generateSas(values);
        }

        /** @return the signature value alone, to check it is printed nowhere */
        String signature() {
            String sas = sas();
            String sig = sas.substring(sas.indexOf("sig=") + 4);
            int amp = sig.indexOf('&');
            return amp < 0 ? sig : sig.substring(0, amp);
        }

        URI url() {
            return URI.create(blob.getBlobUrl());
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            blob.downloadStream(out);
            return out.toByteArray();
        }

        /** @return the page ranges as offset/length */
        List<ByteRange> pages() {
            return blob.listPageRanges(new BlobRange(0)).stream()
                    .filter(r -> !r.isClear())
                    .map(r -> new ByteRange(r.getRange().getOffset(), r.getRange().getLength()))
                    .toList();
        }
    }
}
