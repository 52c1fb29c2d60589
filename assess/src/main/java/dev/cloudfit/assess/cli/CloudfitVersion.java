package dev.cloudfit.assess.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version the build wrote into {@code cloudfit-version.properties}, or {@code unknown} outside a build. */
final class CloudfitVersion {

    private CloudfitVersion() {
    }

    static String get() {
        try (InputStream in = CloudfitVersion.class.getResourceAsStream("/cloudfit-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
