package dev.cloudfit.migrate.disk.vmdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A VMDK text descriptor: its {@code key = value} entries ({@code createType}, {@code parentCID},
 * {@code ddb.*}) and its extent lines, in order. Parsed leniently as VMware tools do: comments,
 * blank lines, quoted or bare values, CRLF line ends.
 */
public record VmdkDescriptor(Map<String, String> entries, List<ExtentLine> extents) {

    /** A descriptor is short; anything longer than this is not one. */
    public static final int MAX_BYTES = 64 * 1024;

    private static final Pattern EXTENT = Pattern.compile(
            "^(RW|RDONLY|NOACCESS)\\s+(\\d+)\\s+([A-Za-z]+)(?:\\s+\"([^\"]*)\"(?:\\s+(\\d+))?)?\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z0-9_.]+)\\s*=\\s*\"?([^\"]*)\"?\\s*$");

    /** Parses {@code text}; {@code source} names it in errors. */
    public static VmdkDescriptor parse(String text, String source) {
        Map<String, String> entries = new LinkedHashMap<>();
        List<ExtentLine> extents = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher e = EXTENT.matcher(line);
            if (e.matches()) {
                String type = e.group(3).toUpperCase(Locale.ROOT);
                if (e.group(4) == null && !type.equals("ZERO")) {
                    throw Problem.in(source, "line " + (i + 1) + ": expected a file name in quotes after "
                            + type + ": " + line);
                }
                long start = e.group(5) == null ? 0 : Long.parseLong(e.group(5));
                extents.add(new ExtentLine(i + 1, e.group(1), Long.parseLong(e.group(2)), type, e.group(4), start));
                continue;
            }
            Matcher kv = ENTRY.matcher(line);
            if (kv.matches()) {
                entries.put(kv.group(1), kv.group(2).strip());
                continue;
            }
            throw Problem.in(source, "line " + (i + 1) + ": expected 'key = value' or an extent line "
                    + "(RW <sectors> <type> \"<file>\"), found: " + abbreviate(line));
        }
        return new VmdkDescriptor(Map.copyOf(entries), List.copyOf(extents));
    }

    /** The {@code createType} entry, or an empty string. */
    public String createType() {
        return entries.getOrDefault("createType", "");
    }

    /** True when the descriptor names a parent: a snapshot delta, not a whole disk. */
    public boolean hasParent() {
        String parent = entries.getOrDefault("parentCID", "ffffffff");
        return !parent.equalsIgnoreCase("ffffffff") || entries.containsKey("parentFileNameHint");
    }

    public long totalSectors() {
        return extents.stream().mapToLong(ExtentLine::sectors).sum();
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
