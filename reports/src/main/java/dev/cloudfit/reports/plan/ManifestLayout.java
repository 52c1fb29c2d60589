package dev.cloudfit.reports.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hidden manifest sheet's layout, shared by its writer and reader. Key/value rows first
 * (column A key, B value), then a header row {@link #ENTRIES_HEADER}, one row per plan row
 * (instance UUID, row digest, column digests), and a last row {@link #DIGEST} whose value is a
 * SHA-256 over the workbook id, model version and every entry, so that an edited manifest is noticed;
 * then {@link #SIGNING_KEY} and {@link #SIGNATURE}: the digest signed with a key that never enters
 * the workbook (see {@code plan.signing}), so that a recomputed manifest is refused too.
 */
public final class ManifestLayout {

    public static final String MAGIC = "cloudfit manifest";
    public static final String WORKBOOK_ID = "workbook-id";
    public static final String MODEL_VERSION = "model-version";
    public static final String PLAN_ROWS = "plan-rows";
    public static final String ENTRIES_HEADER = "instance-uuid";
    public static final String DIGEST = "digest";
    /** After the digest: the fingerprint of the key that signed it, then the Base64 Ed25519 signature. */
    public static final String SIGNING_KEY = "signing-key";
    public static final String SIGNATURE = "signature";

    private ManifestLayout() {
    }

    /** Accumulates the manifest digest in entry order. */
    public static final class Digest {
        private final MessageDigest sha = Fingerprint.digest();

        public Digest(UUID workbookId, int modelVersion) {
            update(workbookId + "\n" + modelVersion + "\n");
        }

        public void entry(String key, String rowDigest, String columnDigests) {
            update(key.length() + ":" + key + "\n" + rowDigest + "\n" + columnDigests + "\n");
        }

        public String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }

        private void update(String s) {
            sha.update(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
