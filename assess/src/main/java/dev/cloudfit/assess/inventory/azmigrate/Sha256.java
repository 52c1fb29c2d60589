package dev.cloudfit.assess.inventory.azmigrate;

import dev.cloudfit.assess.inventory.csv.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file, streamed, in lower-case hex: pins which input an inventory came from. */
final class Sha256 {

    private Sha256() {
    }

    static String of(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw TextEncoding.unreadable(file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
