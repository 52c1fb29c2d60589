package dev.cloudfit.assess.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The cloudfit version Maven wrote into {@code tool-version.properties}; recorded with workspaces and runs. */
final class ToolVersion {

    private static final String VALUE = load();

    private ToolVersion() {
    }

    static String current() {
        return VALUE;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("tool-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
