package dev.cloudfit.vsphere.tls;

/** The digests vSphere shows certificate thumbprints in; told apart by length. */
public enum ThumbprintAlgorithm {
    /** What older vSphere screens, ESXi's DCUI and many runbooks still print (20 bytes). */
    SHA_1("SHA-1", 20),
    /** What current vSphere prints and cloudfit prints in its refusal message (32 bytes). */
    SHA_256("SHA-256", 32);

    private final String jcaName;
    private final int length;

    ThumbprintAlgorithm(String jcaName, int length) {
        this.jcaName = jcaName;
        this.length = length;
    }

    /** @return the {@link java.security.MessageDigest} algorithm name */
    public String jcaName() {
        return jcaName;
    }

    /** @return the digest length in bytes */
    public int length() {
        return length;
    }
}
