package dev.cloudfit.assess.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: any table of values, written with RFC 4180 quoting in any delimiter, line ending and
 * encoding the reader supports, reads back as the same values, each record on the line it was
 * written. Seeded, so a failure can be replayed from the printed seed.
 */
class CsvRoundTripTest {

    private static final String[] PIECES = {
        "a", "Z", "7", " ", "  ", ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "\r", "é", "ß", "中", "😀",
        "\u00A0", "#TYPE", "sep=", "-", "1,5", "=SUM(A1)", "'"
    };
    private static final char[] DELIMITERS = {',', ';', '\t'};

    @TempDir
    Path dir;

    @Test
    void writtenFieldsReadBackUnchanged() throws IOException {
        long baseSeed = 20261125L;
        for (int round = 0; round < 300; round++) {
            long seed = baseSeed + round;
            Random random = new Random(seed);
            char delimiter = DELIMITERS[random.nextInt(DELIMITERS.length)];
            String eol = random.nextBoolean() ? "\r\n" : "\n";
            int width = 2 + random.nextInt(6);
            List<List<String>> table = new ArrayList<>();
            List<String> header = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                header.add("col " + c);
            }
            table.add(header);
            int rows = random.nextInt(30);
            for (int r = 0; r < rows; r++) {
                List<String> row = new ArrayList<>();
                row.add("r" + r + value(random));
                for (int c = 1; c < width; c++) {
                    row.add(value(random));
                }
                table.add(row);
            }
            Path file = dir.resolve("round-" + round + ".csv");
            Files.write(file, encode(render(table, delimiter, eol, random.nextBoolean()), random));

            List<List<String>> read = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            try (CsvReader csv = CsvReader.open(file)) {
                assertThat(csv.delimiter()).as("seed %d", seed).isEqualTo(delimiter);
                read.add(csv.header().names());
                for (Optional<CsvRecord> rec = csv.next(); rec.isPresent(); rec = csv.next()) {
                    read.add(rec.get().fields());
                    lines.add(rec.get().line());
                }
            }
            assertThat(read).as("seed %d", seed).isEqualTo(table);
            assertThat(lines).as("seed %d", seed).isEqualTo(expectedLines(table));
        }
    }

    private static String value(Random random) {
        StringBuilder v = new StringBuilder();
        int pieces = random.nextInt(5);
        for (int i = 0; i < pieces; i++) {
            v.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return v.toString();
    }

    private static String render(List<List<String>> table, char delimiter, String eol, boolean finalEol) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < table.size(); r++) {
            List<String> row = table.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(delimiter);
                }
                out.append(quote(row.get(c), delimiter));
            }
            if (r < table.size() - 1 || finalEol) {
                out.append(eol);
            }
        }
        return out.toString();
    }

    private static String quote(String value, char delimiter) {
        boolean needs = value.indexOf(delimiter) >= 0 || value.contains("\"") || value.contains("\n")
                || value.contains("\r");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static byte[] encode(String text, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Charset charset;
        switch (random.nextInt(4)) {
            case 0 -> charset = StandardCharsets.UTF_8;
            case 1 -> {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                charset = StandardCharsets.UTF_8;
            }
            case 2 -> {
                out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
                charset = StandardCharsets.UTF_16LE;
            }
            default -> {
                out.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
                charset = StandardCharsets.UTF_16BE;
            }
        }
        out.write(text.getBytes(charset));
        return out.toByteArray();
    }

    /** Each record starts one line after the previous one ends; CRLF, LF and a lone CR end a line. */
    private static List<Long> expectedLines(List<List<String>> table) {
        List<Long> lines = new ArrayList<>();
        long line = 1;
        for (int r = 0; r < table.size(); r++) {
            if (r > 0) {
                lines.add(line);
            }
            for (String v : table.get(r)) {
                line += v.replace("\r\n", "\n").chars().filter(ch -> ch == '\n' || ch == '\r').count();
            }
            line++;
        }
        return lines;
    }
}
