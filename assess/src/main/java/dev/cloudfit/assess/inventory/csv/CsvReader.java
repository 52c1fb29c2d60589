package dev.cloudfit.assess.inventory.csv;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streams the records of a CSV file, one at a time, as Excel, PowerShell and RVTools write them.
 *
 * <ul>
 *   <li>Encoding from {@link TextEncoding}: UTF-8 with or without BOM, UTF-16 LE/BE with BOM,
 *       windows-1252 for files that are not UTF-8.</li>
 *   <li>Before the header: blank lines, a PowerShell {@code #TYPE ...} first line and an Excel
 *       {@code sep=;} first line are skipped; {@code sep=} also fixes the delimiter. Otherwise
 *       the delimiter is {@linkplain DelimiterSniffer sniffed} from the header line.</li>
 *   <li>RFC 4180 quoting: quoted values may hold delimiters, doubled quotes and line breaks
 *       (kept as written). A quote inside an unquoted value is taken literally, as Excel does.
 *       Lines end with CRLF, LF or CR.</li>
 *   <li>Blank records (empty lines, or only delimiters and spaces) are skipped. A record shorter
 *       than the header reads as empty for the missing columns; extra values that are not blank
 *       are refused, because they mean an unquoted delimiter shifted the columns.</li>
 *   <li>Refused, with the line: an unterminated quote, text after a closing quote, control
 *       characters such as NUL (binary content, or UTF-16 without BOM), a value over
 *       {@value #MAX_FIELD_CHARS} characters, no header at all.</li>
 * </ul>
 */
public final class CsvReader implements Closeable {

    /** The longest value accepted; longer ones are almost always an unbalanced quote. */
    public static final int MAX_FIELD_CHARS = 1 << 20;

    private static final int NONE = -2;
    private static final int EOF = -1;

    private final Path file;
    private final TextEncoding encoding;
    private final BufferedReader in;
    private long line = 1;
    private int previous = NONE;
    private boolean swallowLf;
    private char delimiter;
    private CsvHeader header;
    private long headerLine;

    private CsvReader(Path file, TextEncoding encoding, BufferedReader in) {
        this.file = file;
        this.encoding = encoding;
        this.in = in;
    }

    /** Opens {@code file}, detecting its encoding, and reads the header. */
    public static CsvReader open(Path file) {
        if (!Files.isRegularFile(file)) {
            // a pipe would block forever, a device never end
            throw new BadInputException(InputLocation.of(file), Files.exists(file)
                    ? "not a regular file (a pipe, device or socket)" : "no such file");
        }
        return open(file, TextEncoding.detect(file));
    }

    /** Opens {@code file} with an encoding detected before (to read a file twice cheaply). */
    public static CsvReader open(Path file, TextEncoding encoding) {
        InputStream stream = null;
        try {
            stream = Files.newInputStream(file);
            stream.skipNBytes(encoding.bomLength());
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, encoding.charset()), 64 * 1024);
            CsvReader csv = new CsvReader(file, encoding, reader);
            csv.readPreambleAndHeader();
            return csv;
        } catch (IOException e) {
            closeQuietly(stream);
            throw TextEncoding.unreadable(file, e);
        } catch (RuntimeException e) {
            closeQuietly(stream);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    public char delimiter() {
        return delimiter;
    }

    public CsvHeader header() {
        return header;
    }

    /** The physical line of the header (1, unless a {@code #TYPE} line or blank lines come first). */
    public long headerLine() {
        return headerLine;
    }

    /** The next record that is not blank, or empty at the end of the file. */
    public Optional<CsvRecord> next() {
        try {
            while (true) {
                CsvRecord record = readRecord();
                if (record == null) {
                    return Optional.empty();
                }
                if (!record.isBlank()) {
                    return Optional.of(checkWidth(record));
                }
            }
        } catch (IOException e) {
            throw TextEncoding.unreadable(file, e);
        }
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private void readPreambleAndHeader() throws IOException {
        boolean firstLine = true;
        Character declared = null;
        while (true) {
            long startLine = line;
            int startPrevious = previous;
            boolean startSwallow = swallowLf;
            in.mark(MAX_FIELD_CHARS + 2);
            String raw = readRawLogicalLine(startLine);
            if (raw == null) {
                throw new BadInputException(InputLocation.of(file), "the file is empty: no header line found");
            }
            String trimmed = raw.strip();
            boolean skip = trimmed.isEmpty() || (firstLine && trimmed.startsWith("#TYPE"));
            if (firstLine && raw.length() == 5 && raw.regionMatches(true, 0, "sep=", 0, 4)) {
                declared = raw.charAt(4);
                skip = true;
            }
            firstLine = false;
            if (!skip) {
                delimiter = declared != null ? declared : DelimiterSniffer.sniff(raw);
                in.reset();
                line = startLine;
                previous = startPrevious;
                swallowLf = startSwallow;
                break;
            }
        }
        CsvRecord headerRecord = readRecord();
        header = new CsvHeader(headerRecord.fields());
        headerLine = headerRecord.line();
    }

    /** One line as text, continuing over line breaks inside quotes; null at the end of the file. */
    private String readRawLogicalLine(long startLine) throws IOException {
        StringBuilder raw = new StringBuilder();
        boolean quoted = false;
        int c = read();
        if (c == EOF) {
            return null;
        }
        while (c != EOF) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                swallowLf = c == '\r';
                return raw.toString();
            }
            raw.append((char) c);
            if (raw.length() > MAX_FIELD_CHARS) {
                throw bad(startLine, "the header line is longer than " + MAX_FIELD_CHARS
                        + " characters; is a quote not closed?");
            }
            c = read();
        }
        if (quoted) {
            throw bad(startLine, "a quoted value starting on this line is never closed");
        }
        return raw.toString();
    }

    /** Reads one record; null when the file ends before it starts. */
    private CsvRecord readRecord() throws IOException {
        long start = line;
        int c = read();
        if (c == EOF) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        while (true) {
            value.setLength(0);
            if (c == '"') {
                long quoteLine = line;
                while (true) {
                    c = read();
                    if (c == EOF) {
                        throw bad(quoteLine, "a quoted value starting on this line is never closed");
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    }
                    append(value, c, quoteLine);
                }
                if (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
                    throw bad(line, "unexpected text after a closing quote; a quote inside a quoted value"
                            + " must be doubled (\"\")");
                }
            } else {
                while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
                    append(value, c, start);
                    c = read();
                }
            }
            fields.add(value.toString());
            if (c == delimiter) {
                c = read();
                continue;
            }
            swallowLf = c == '\r';
            return new CsvRecord(start, fields);
        }
    }

    private CsvRecord checkWidth(CsvRecord record) {
        int width = header.size();
        if (record.fields().size() <= width) {
            return record;
        }
        for (int i = width; i < record.fields().size(); i++) {
            if (!record.fields().get(i).isBlank()) {
                throw bad(record.line(), "this row has " + record.fields().size() + " values but the header has "
                        + width + " columns; is a value containing " + DelimiterSniffer.describe(delimiter)
                        + " not quoted?");
            }
        }
        return new CsvRecord(record.line(), record.fields().subList(0, width));
    }

    private void append(StringBuilder value, int c, long startLine) {
        if (value.length() >= MAX_FIELD_CHARS) {
            throw bad(startLine, "a value starting on this line is longer than " + MAX_FIELD_CHARS
                    + " characters; is a quote not closed?");
        }
        value.append((char) c);
    }

    /**
     * Next character, counting physical lines (CRLF, LF and lone CR each end one) and refusing
     * binary. After a record that ended on CR, a following LF is the rest of that CRLF: skipped.
     */
    private int read() throws IOException {
        int c = in.read();
        if (swallowLf) {
            swallowLf = false;
            if (c == '\n') {
                previous = c;
                c = in.read();
            }
        }
        if (c == '\r' || (c == '\n' && previous != '\r')) {
            line++;
        } else if (c != EOF && c < 0x20 && c != '\t' && c != '\n') {
            long at = line;
            throw bad(at, String.format("binary content (control character U+%04X); this is not a CSV text"
                    + " file, or it is UTF-16 without a byte order mark", c));
        }
        previous = c;
        return c;
    }

    private BadInputException bad(long atLine, String problem) {
        return new BadInputException(InputLocation.of(file).atRow(atLine), problem);
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing to do: the file was only read
            }
        }
    }
}
