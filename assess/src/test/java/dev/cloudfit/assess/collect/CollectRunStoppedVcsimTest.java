package dev.cloudfit.assess.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.workspace.RunStatus;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.core.error.ExitCode;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.VcsimConfig;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.soap.TransportSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator is stopped while VMs are being read (from the progress callback, after the 30th of
 * 120 VMs, so the next page request finds nobody): exit 3 with one clear message, the run marked
 * interrupted, no half snapshot, and the workspace opens and takes the next run.
 */
class CollectRunStoppedVcsimTest {

    @TempDir
    Path dir;

    @Test
    void aVcenterThatStopsMidCollectionLeavesAnInterruptedRunAndAConsistentWorkspace() {
        VcsimConfig config = VcsimConfig.defaults().withDatacenters(2).withClustersPerDatacenter(2)
                .withHostsPerCluster(2).withVmsPerHostOrCluster(20);
        Path ws = dir.resolve("ws");
        Vcsim vcsim = Vcsim.start(config);
        try {
            CollectSettings settings = new CollectSettings("127.0.0.1:" + vcsim.sdkUrl().getPort(), vcsim.username(),
                    vcsim.sha256Thumbprint(), 30, ws, 4, null, 25);
            CollectProgress stopper = new CollectProgress() {
                @Override
                public void vmCollected(int done) {
                    if (done == 30) {
                        vcsim.close();
                    }
                }
            };
            CollectRun run = new CollectRun(settings, new Credentials(vcsim.username(), vcsim.password()),
                    new TransportSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), TransportSettings.DEFAULT_INITIAL_API_VERSION),
                    TagSource.NONE, PerformanceCollection.NONE, stopper);
            assertThatThrownBy(run::run).isInstanceOfSatisfying(CollectInterruptedException.class, e -> {
                assertThat(e.exitCode()).isEqualTo(ExitCode.EXTERNAL);
                assertThat(e.getMessage()).startsWith("collection from 127.0.0.1 stopped: ")
                        .containsPattern("cannot reach vCenter|lost the connection to vCenter") // refused, or reset in flight
                        .contains("run 1 is marked interrupted in")
                        .doesNotContain("\n");
            });
        } finally {
            vcsim.close();
        }
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.interruptedOnOpen()).as("already marked, not left running").isZero();
            assertThat(w.runs().all()).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RunStatus.INTERRUPTED));
            assertThat(w.inventories().read(1)).as("no half snapshot").isEmpty();
        }
        try (Vcsim again = Vcsim.start(config)) {
            CollectSummary summary = new CollectRun(new CollectSettings("127.0.0.1:" + again.sdkUrl().getPort(),
                    again.username(), again.sha256Thumbprint(), 30, ws, 4, null, 25),
                    new Credentials(again.username(), again.password()), TransportSettings.defaults(), TagSource.NONE,
                    PerformanceCollection.NONE, CollectProgress.NONE).run();
            assertThat(summary.vms()).isEqualTo(120);
            assertThat(summary.runId()).isEqualTo(2);
        }
    }
}
