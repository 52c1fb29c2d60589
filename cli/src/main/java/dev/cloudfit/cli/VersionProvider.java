package dev.cloudfit.cli;

import dev.cloudfit.core.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code cloudfit --version}: the build's version and the Java runtime. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "cloudfit " + ToolVersion.get(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
