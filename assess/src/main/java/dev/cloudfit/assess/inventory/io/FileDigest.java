package dev.cloudfit.assess.inventory.io;

import dev.cloudfit.assess.inventory.csv.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 of an input, so a report can name exactly what it was computed from. */
public final class FileDigest {

    private FileDigest() {
    }

    /** The hex SHA-256 of a file, or of a folder's files (names and contents, in name order). */
    public static String sha256(Path input) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(input)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(input)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    update(md, f);
                }
            } else {
                update(md, input);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw TextEncoding.unreadable(input, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void update(MessageDigest md, Path file) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
    }
}
