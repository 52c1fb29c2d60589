package dev.cloudfit.testkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** The suite's skip policy, run on small sample classes through the JUnit engine itself. */
class SkipPolicyTest {

    /** Skips in {@code @BeforeAll}, as fixture-based classes do when ../shared is absent. */
    static class SkipsForTheWholeClass {
        @BeforeAll
        static void fixtures() {
            assumeTrue(false, "skipped: fixture ../shared/fixtures/x.json is absent");
        }

        @Test
        void first() {
        }

        @Test
        void second() {
        }
    }

    /** Skips in the test, as tool-based tests do when LibreOffice is missing. */
    static class SkipsOneTest {
        @Test
        void needsATool() {
            assumeTrue(false, "needs LibreOffice (soffice)");
        }

        @Test
        void runs() {
        }
    }

    private static Events run(Class<?> sample, boolean ci) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter(SkipPolicy.CI_PARAMETER, Boolean.toString(ci))
                .selectors(selectClass(sample)).execute().testEvents();
    }

    private static List<String> reasons(Events events) {
        return events.aborted().stream().map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).map(Throwable::getMessage)
                .orElse("")).toList();
    }

    @Test
    void aClassSkippedInBeforeAllCountsEachOfItsTestsWithTheReason() {
        Events events = run(SkipsForTheWholeClass.class, false);
        assertThat(events.aborted().count()).isEqualTo(2);
        assertThat(events.failed().count()).isZero();
        assertThat(reasons(events)).allSatisfy(r -> assertThat(r).contains("../shared/fixtures/x.json is absent")
                .contains("whole class"));
    }

    @Test
    void aSkippedTestCountsAndSaysWhy() {
        Events events = run(SkipsOneTest.class, false);
        assertThat(events.aborted().count()).isEqualTo(1);
        assertThat(events.succeeded().count()).isEqualTo(1);
        assertThat(reasons(events)).containsExactly("Assumption failed: needs LibreOffice (soffice)");
    }

    @Test
    void underCiAMissingToolOrFixtureFailsTheRun() {
        Events tool = run(SkipsOneTest.class, true);
        assertThat(tool.failed().count()).isEqualTo(1);
        assertThat(tool.aborted().count()).isZero();
        assertThat(tool.failed().stream().map(Event::toString).toList()).singleElement()
                .satisfies(e -> assertThat(e).contains("CI=true").contains("needs LibreOffice (soffice)"));

        Events fixture = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .configurationParameter(SkipPolicy.CI_PARAMETER, "true")
                .selectors(selectClass(SkipsForTheWholeClass.class)).execute().containerEvents();
        assertThat(fixture.failed().count()).as("the class fails under CI").isEqualTo(1);
    }
}
