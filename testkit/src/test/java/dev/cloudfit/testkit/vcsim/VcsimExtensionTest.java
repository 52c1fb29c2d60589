package dev.cloudfit.testkit.vcsim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@WithVcsim(datacenters = 1, clustersPerDatacenter = 2, hostsPerCluster = 2, standaloneHostsPerDatacenter = 0,
        vmsPerHostOrCluster = 1, username = "administrator@vsphere.local")
class VcsimExtensionTest {

    private static Vcsim startedBeforeAll;

    @BeforeAll
    static void remember(Vcsim vcsim) {
        startedBeforeAll = vcsim;
    }

    @AfterAll
    static void stillRunningUntilTheClassIsDone(Vcsim vcsim) {
        assertThat(vcsim.isRunning()).isTrue();
    }

    @Test
    void startsWhatTheAnnotationAsksFor(Vcsim vcsim) {
        assertThat(vcsim.counts()).isEqualTo(new VcsimCounts(1, 2, 4, 2));
        assertThat(vcsim.username()).isEqualTo("administrator@vsphere.local");
    }

    @Test
    void sharesOneSimulatorPerClass(Vcsim vcsim) {
        assertThat(vcsim).isSameAs(startedBeforeAll);
        assertThat(vcsim.isRunning()).isTrue();
    }
}
