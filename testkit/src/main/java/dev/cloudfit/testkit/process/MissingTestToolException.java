package dev.cloudfit.testkit.process;

/**
 * A tool the tests need is not installed. The message names the tool and says to run
 * {@code ./test}, which installs everything the tests need; tests fail rather than skip,
 * so a missing tool is never mistaken for a passing suite.
 */
public final class MissingTestToolException extends IllegalStateException {

    /**
     * @param what what is missing and where it was looked for
     */
    public MissingTestToolException(String what) {
        super(what + ". Run ./test from the project root: it installs what the tests need, then runs them.");
    }
}
