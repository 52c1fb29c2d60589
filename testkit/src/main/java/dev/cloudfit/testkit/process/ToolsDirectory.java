package dev.cloudfit.testkit.process;

import java.nio.file.Path;

/**
 * Where machine-wide test tools live: {@code $CLOUDFIT_TOOLS}, or {@code ~/.cache/cloudfit-tools}
 * when that is unset. {@code build-support/install-test-deps.sh} installs Azurite there, and the
 * harness caches the vcsim binary it builds there, so every worktree and test JVM shares them.
 */
public final class ToolsDirectory {

    /** The environment variable that overrides the default location. */
    public static final String ENVIRONMENT_VARIABLE = "CLOUDFIT_TOOLS";

    private ToolsDirectory() {
    }

    /** @return the tools directory (it may not exist yet) */
    public static Path path() {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "cloudfit-tools");
    }
}
