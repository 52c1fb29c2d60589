package dev.cloudfit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs small test classes through the JUnit engine and checks that the extensions stop their
 * servers once a class is done: no simulator or emulator outlives the tests that used it.
 */
class ExtensionsStopServersTest {

    private static final List<ProcessHandle> SEEN = new CopyOnWriteArrayList<>();

    @WithVcsim
    @WithAzurite
    static class UsesBoth {
        @Test
        void first(Vcsim vcsim, Azurite azurite) {
            SEEN.add(ProcessHandle.of(vcsim.pid()).orElseThrow());
            SEEN.add(ProcessHandle.of(azurite.pid()).orElseThrow());
        }

        @Test
        void second(Vcsim vcsim, Azurite azurite) {
            SEEN.add(ProcessHandle.of(vcsim.pid()).orElseThrow());
            SEEN.add(ProcessHandle.of(azurite.pid()).orElseThrow());
        }
    }

    @WithVcsim
    @WithAzurite
    static class Outer {
        @Test
        void outer(Vcsim vcsim, Azurite azurite) {
            SEEN.add(ProcessHandle.of(vcsim.pid()).orElseThrow());
            SEEN.add(ProcessHandle.of(azurite.pid()).orElseThrow());
        }

        @Nested
        class Inner {
            @Test
            void inner(Vcsim vcsim, Azurite azurite) {
                SEEN.add(ProcessHandle.of(vcsim.pid()).orElseThrow());
                SEEN.add(ProcessHandle.of(azurite.pid()).orElseThrow());
            }
        }
    }

    @Test
    void nestedClassesShareTheEnclosingClasssServers() {
        SEEN.clear();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(Outer.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN).hasSize(4);
        assertThat(SEEN.stream().map(ProcessHandle::pid).distinct()).as("one of each for both classes").hasSize(2);
        assertThat(SEEN).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void serversStopWhenTheClassIsDone() {
        SEEN.clear();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(UsesBoth.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(SEEN).hasSize(4);
        assertThat(SEEN.stream().map(ProcessHandle::pid).distinct()).as("one of each per class").hasSize(2);
        assertThat(SEEN).noneMatch(ProcessHandle::isAlive);
    }
}
