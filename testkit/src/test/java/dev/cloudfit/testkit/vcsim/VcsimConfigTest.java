package dev.cloudfit.testkit.vcsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VcsimConfigTest {

    @Test
    void defaultsAreVcsimsOwnVcenter() {
        assertThat(VcsimConfig.defaults()).isEqualTo(new VcsimConfig(1, 1, 3, 1, 2, 1, 1, "user"));
        assertThat(VcsimConfig.defaults().totalHosts()).isEqualTo(4);
        assertThat(VcsimConfig.defaults().totalVms()).isEqualTo(4);
    }

    @Test
    void annotationDefaultsEqualRecordDefaults() {
        @WithVcsim
        class Annotated {
        }
        assertThat(VcsimExtension.config(Annotated.class)).isEqualTo(VcsimConfig.defaults());
        assertThat(VcsimExtension.config(String.class)).isEqualTo(VcsimConfig.defaults());
    }

    @Test
    void annotationAttributesReachTheConfig() {
        @WithVcsim(datacenters = 2, clustersPerDatacenter = 3, hostsPerCluster = 4, standaloneHostsPerDatacenter = 5,
                vmsPerHostOrCluster = 6, datastoresPerDatacenter = 7, portgroupsPerDatacenter = 8, username = "admin")
        class Annotated {
        }
        assertThat(VcsimExtension.config(Annotated.class)).isEqualTo(new VcsimConfig(2, 3, 4, 5, 6, 7, 8, "admin"));
    }

    @Test
    void totalsCountStandaloneHostsAndClusters() {
        VcsimConfig config = VcsimConfig.defaults().withDatacenters(2).withClustersPerDatacenter(3)
                .withHostsPerCluster(4).withStandaloneHostsPerDatacenter(1).withVmsPerHostOrCluster(5);
        assertThat(config.totalHosts()).isEqualTo(2 * (1 + 3 * 4));
        assertThat(config.totalVms()).isEqualTo(2 * (1 + 3) * 5);
        assertThat(VcsimCounts.expectedFor(config)).isEqualTo(new VcsimCounts(2, 6, 26, 40));
    }

    @Test
    void flagsNameEveryCountAndTheUserButNoPassword() {
        assertThat(VcsimConfig.defaults().withUsername("admin").flags()).containsExactly(
                "-dc", "1", "-cluster", "1", "-host", "3", "-standalone-host", "1", "-vm", "2",
                "-ds", "1", "-pg", "1", "-username", "admin");
    }

    @Test
    void rejectsImpossibleInventories() {
        assertThatThrownBy(() -> VcsimConfig.defaults().withDatacenters(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("datacenters");
        assertThatThrownBy(() -> new VcsimConfig(1, 1, 3, 1, 2, 0, 1, "user"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("datastoresPerDatacenter");
        assertThatThrownBy(() -> VcsimConfig.defaults().withUsername(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
    }
}
