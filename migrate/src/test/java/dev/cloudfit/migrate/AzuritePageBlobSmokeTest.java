package dev.cloudfit.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.BlobType;
import com.azure.storage.blob.models.PageRange;
import com.azure.storage.blob.models.PageRangeItem;
import com.azure.storage.blob.specialized.PageBlobClient;
import com.azure.storage.common.StorageSharedKeyCredential;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Page blobs, the shape a converted VHD is uploaded in, written to and read back from a real
 * Azurite with the Azure SDK: the ground the migrate module's upload step will stand on.
 */
@WithAzurite
class AzuritePageBlobSmokeTest {

    private static final int PAGE = 512;

    private static BlobContainerClient newContainer(Azurite azurite, String name) {
        BlobServiceClient service = new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient();
        return service.createBlobContainer(name);
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void pagesUploadedAreTheBytesReadBack(Azurite azurite) {
        BlobContainerClient container = newContainer(azurite, "disks");
        byte[] disk = randomBytes(4 * PAGE, 42);
        PageBlobClient blob = container.getBlobClient("vm-1-disk-0.vhd").getPageBlobClient();

        blob.create(disk.length);
        blob.uploadPages(new PageRange().setStart(0).setEnd(disk.length - 1L), new ByteArrayInputStream(disk));

        assertThat(blob.getProperties().getBlobType()).isEqualTo(BlobType.PAGE_BLOB);
        assertThat(blob.getProperties().getBlobSize()).isEqualTo(disk.length);
        assertThat(container.getBlobClient("vm-1-disk-0.vhd").downloadContent().toBytes()).isEqualTo(disk);
    }

    @Test
    void unwrittenPagesReadAsZerosAndAreNotListed(Azurite azurite) {
        BlobContainerClient container = newContainer(azurite, "sparse");
        byte[] written = randomBytes(PAGE, 7);
        PageBlobClient blob = container.getBlobClient("sparse.vhd").getPageBlobClient();

        blob.create(4 * PAGE);
        blob.uploadPages(new PageRange().setStart(2L * PAGE).setEnd(3L * PAGE - 1), new ByteArrayInputStream(written));

        List<PageRangeItem> ranges = blob.listPageRanges(new BlobRange(0, 4L * PAGE)).stream().toList();
        assertThat(ranges).singleElement().satisfies(range -> {
            assertThat(range.getRange().getOffset()).isEqualTo(2L * PAGE);
            assertThat(range.getRange().getLength()).isEqualTo(PAGE);
            assertThat(range.isClear()).isFalse();
        });
        byte[] back = container.getBlobClient("sparse.vhd").downloadContent().toBytes();
        byte[] expected = new byte[4 * PAGE];
        System.arraycopy(written, 0, expected, 2 * PAGE, PAGE);
        assertThat(back).isEqualTo(expected);
        assertThat(Arrays.copyOfRange(back, 0, 2 * PAGE)).containsOnly((byte) 0);
    }

    @Test
    void aWrongAccountKeyIsRefused(Azurite azurite) {
        byte[] otherKey = Base64.getDecoder().decode(Azurite.ACCOUNT_KEY);
        otherKey[0] ^= 1;
        BlobServiceClient impostor = new BlobServiceClientBuilder()
                .endpoint(azurite.blobEndpoint().toString())
                .credential(new StorageSharedKeyCredential(Azurite.ACCOUNT_NAME, Base64.getEncoder().encodeToString(otherKey)))
                .buildClient();

        assertThatThrownBy(() -> impostor.createBlobContainer("refused"))
                .isInstanceOfSatisfying(BlobStorageException.class, e -> assertThat(e.getStatusCode()).isEqualTo(403));
    }
}
