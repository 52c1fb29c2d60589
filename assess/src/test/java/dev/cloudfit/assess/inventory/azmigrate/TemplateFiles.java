package dev.cloudfit.assess.inventory.azmigrate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes Azure Migrate template files for tests, in both header variants. */
final class TemplateFiles {

    /** The current template's headers, with asterisks and unit suffixes (one disk group). */
    static final List<String> WITH_UNITS = List.of("*Server name", "IP addresses", "*Cores", "*Memory (In MB)",
            "*OS name", "OS version", "OS architecture", "Server type", "Hypervisor", "CPU utilization percentage",
            "Memory utilization percentage", "Network adapters", "Network In throughput", "Network Out throughput",
            "Boot type", "Number of disks", "Storage in use (In GB)", "Disk 1 size (In GB)",
            "Disk 1 read throughput (MB per second)", "Disk 1 write throughput (MB per second)",
            "Disk 1 read ops (operations per second)", "Disk 1 write ops (operations per second)");

    /** The older spelling: no asterisks, no unit suffixes, other casing. */
    static final List<String> PLAIN = List.of("Server Name", "IP addresses", "Cores", "Memory", "OS name",
            "OS version", "OS architecture", "Server type", "Hypervisor", "CPU utilization percentage",
            "Memory utilization percentage", "Network adapters", "Network In throughput", "Network Out throughput",
            "Boot type", "Number of disks", "Storage in use", "Disk 1 size", "Disk 1 read throughput",
            "Disk 1 write throughput", "Disk 1 read ops", "Disk 1 write ops");

    private TemplateFiles() {
    }

    /** The headers of disk group {@code n} with unit suffixes. */
    static List<String> diskGroup(int n) {
        return List.of("Disk " + n + " size (In GB)", "Disk " + n + " read throughput (MB per second)",
                "Disk " + n + " write throughput (MB per second)", "Disk " + n + " read ops (operations per second)",
                "Disk " + n + " write ops (operations per second)");
    }

    static Path write(Path dir, String name, List<String> header, List<List<String>> rows, char delimiter)
            throws IOException {
        return write(dir, name, header, rows, delimiter, StandardCharsets.UTF_8, false);
    }

    static Path write(Path dir, String name, List<String> header, List<List<String>> rows, char delimiter,
            Charset charset, boolean bom) throws IOException {
        StringBuilder text = new StringBuilder();
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(delimiter);
                }
                String v = row.get(i);
                boolean quote = v.indexOf(delimiter) >= 0 || v.contains("\"") || v.contains("\n");
                text.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            text.append("\r\n");
        }
        byte[] body = text.toString().getBytes(charset);
        byte[] prefix = !bom ? new byte[0]
                : charset.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
        byte[] bytes = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        System.arraycopy(body, 0, bytes, prefix.length, body.length);
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static Path writeText(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
