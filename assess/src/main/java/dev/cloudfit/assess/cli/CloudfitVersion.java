package dev.cloudfit.assess.cli;

import dev.cloudfit.core.ToolVersion;

/** The build's version, for the commands of this package; see {@link ToolVersion}. */
final class CloudfitVersion {

    private CloudfitVersion() {
    }

    static String get() {
        return ToolVersion.get();
    }
}
