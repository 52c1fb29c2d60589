package dev.cloudfit.assess.inventory.csv;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How a text file is encoded, found from its first bytes and, without a byte order mark, from one
 * streaming pass over the whole file.
 *
 * <ul>
 *   <li>A UTF-8 BOM ({@code EF BB BF}, Excel's "CSV UTF-8") or a UTF-16 LE/BE BOM (PowerShell 5's
 *       {@code Export-Csv -Encoding Unicode}, Excel's "Unicode text") decides the charset.</li>
 *   <li>Without a BOM the file is UTF-8 if every byte sequence is valid UTF-8. Otherwise it is
 *       read as windows-1252, which is what Excel's plain "CSV (comma delimited)" writes on
 *       western Windows; {@code legacy} is then true so that importers can warn.</li>
 * </ul>
 *
 * @param charset how to decode the bytes after the BOM
 * @param bomLength how many bytes the BOM takes (0 without one)
 * @param legacy true when the file was not valid UTF-8 and windows-1252 is assumed
 */
public record TextEncoding(Charset charset, int bomLength, boolean legacy) {

    /** Windows' western code page: the fallback for files that are not UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Detects the encoding of {@code file}; an unreadable file is bad input. */
    public static TextEncoding detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new TextEncoding(StandardCharsets.UTF_8, 3, false);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2, false);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2, false);
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        return isValidUtf8(file)
                ? new TextEncoding(StandardCharsets.UTF_8, 0, false)
                : new TextEncoding(WINDOWS_1252, 0, true);
    }

    /** A short description for reports: {@code UTF-8 with BOM}, {@code windows-1252}. */
    public String describe() {
        return charset.name() + (bomLength > 0 ? " with BOM" : "");
    }

    private static boolean isValidUtf8(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean eof = n < 0;
                if (!eof) {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
                if (eof) {
                    return !decoder.flush(chars).isError();
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The one-line error for a file that cannot be read: missing, not allowed, a directory. */
    public static BadInputException unreadable(Path file, IOException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "the file does not exist";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (Files.isDirectory(file)) {
            why = "this is a folder, not a file";
        } else {
            why = e.getMessage();
        }
        return new BadInputException(InputLocation.of(file), "cannot read the file: " + why, e);
    }
}
