package dev.cloudfit.migrate.run;

import dev.cloudfit.core.error.BadInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * {@code --shard i/n}: a deterministic share of the approved VMs, by the SHA-256 of each VM's
 * instance UUID (lower case), so every process agrees on who takes which VM without talking.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("a shard is i/n with 0 <= i < n");
        }
    }

    /** {@code i/n}, e.g. {@code 0/4}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new BadInputException("--shard: '" + text + "' is not i/n with 0 <= i < n (e.g. 0/4)");
    }

    public boolean takes(String instanceUuid) {
        if (count == 1) {
            return true;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(instanceUuid.toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            long v = ((d[0] & 0xFFL) << 24) | ((d[1] & 0xFFL) << 16) | ((d[2] & 0xFFL) << 8) | (d[3] & 0xFFL);
            return v % count == index;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
