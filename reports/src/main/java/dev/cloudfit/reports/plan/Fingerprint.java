package dev.cloudfit.reports.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 fingerprints of plan rows. The row digest covers every locked value, each written as
 * {@code length:value\n} so that no two different rows serialise alike. A short per-column digest
 * (first 8 hex digits of SHA-256 over {@code header=value}) lets the reader name the column that changed.
 */
public final class Fingerprint {

    static final int COLUMN_DIGEST_CHARS = 8;

    private Fingerprint() {
    }

    /** Hex SHA-256 over the canonical serialisation of the locked values. */
    public static String row(List<String> lockedValues) {
        StringBuilder s = new StringBuilder();
        for (String v : lockedValues) {
            s.append(v.length()).append(':').append(v).append('\n');
        }
        return sha256(s.toString());
    }

    /** Space-separated short digests, one per locked column. */
    public static String columns(List<String> lockedValues) {
        List<PlanColumn> cols = PlanColumn.lockedColumns();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lockedValues.size(); i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(column(cols.get(i), lockedValues.get(i)));
        }
        return s.toString();
    }

    static String column(PlanColumn column, String value) {
        // only the bytes shown are turned into hex: 11 columns × 100,000 rows
        byte[] d = SHA256.get().digest((column.header() + "=" + value).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(d, 0, COLUMN_DIGEST_CHARS / 2);
    }

    /** One digest per thread: looking up the provider for every cell was measurable at 100,000 rows. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Fingerprint::digest);
    private static final HexFormat HEX = HexFormat.of();

    static String sha256(String text) {
        return HEX.formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
