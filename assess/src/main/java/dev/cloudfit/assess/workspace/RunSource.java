package dev.cloudfit.assess.workspace;

import java.util.Locale;
import java.util.Objects;

/**
 * Which source a run read, identified well enough to tell "the same source again" from another:
 * a vCenter by host name and instance UUID (a renamed or re-pointed host name keeps its UUID), a
 * file by name and SHA-256 (the same name with new content is another snapshot of the same file).
 */
public record RunSource(SourceKind kind, String name, String fingerprint) {

    public RunSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public static RunSource vcenter(String hostName, String instanceUuid) {
        return new RunSource(SourceKind.VCENTER, hostName, instanceUuid.toLowerCase(Locale.ROOT));
    }

    public static RunSource file(SourceKind kind, String fileName, String sha256) {
        return new RunSource(kind, fileName, sha256.toLowerCase(Locale.ROOT));
    }

    /** Generated data: the fingerprint says how to make it again (the generator and its seed). */
    public static RunSource generated(String name, String recipe) {
        return new RunSource(SourceKind.GENERATED, name, recipe);
    }
}
