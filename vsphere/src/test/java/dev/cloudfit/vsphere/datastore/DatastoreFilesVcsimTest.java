package dev.cloudfit.vsphere.datastore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.http.VcenterHttp;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Datastore HTTP against vcsim's {@code /folder}: size, ranges from any offset, a missing file. */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 1)
class DatastoreFilesVcsimTest {

    @Test
    void readsAnyRangeOfAFileAndItsSize(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            byte[] content = new byte[(3 << 20) + 5];
            new Random(3).nextBytes(content);
            DatastorePath path = DatastorePath.parse("[LocalDS_0] DC0_H0_VM0/some disk-flat.vmdk");
            VcsimDisks.put(vcsim, session, "DC0", path, content);
            DatastoreFiles files = new DatastoreFiles(
                    new VcenterHttp(session, VcsimObjects.tls(vcsim), TransportSettings.defaults()), "DC0");

            assertThat(files.size(path)).hasValue(content.length);
            for (long[] range : new long[][] {{0, content.length}, {1, 10}, {(1 << 20) - 3, (2 << 20) + 8}, {content.length - 1, 1}}) {
                ByteArrayOutputStream got = new ByteArrayOutputStream();
                files.copy(path, range[0], range[1], (at, bytes, n) -> got.write(bytes, 0, n));
                assertThat(got.toByteArray()).isEqualTo(Arrays.copyOfRange(content, (int) range[0], (int) (range[0] + range[1])));
            }
            assertThatThrownBy(() -> files.size(DatastorePath.parse("[LocalDS_0] DC0_H0_VM0/none-flat.vmdk")))
                    .isInstanceOf(ExternalSystemException.class).hasMessageContaining("does not exist in datacenter DC0");
        }
    }
}
