package dev.cloudfit.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.reports.table.OutputCell;
import dev.cloudfit.reports.table.SheetOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableOutputTest {

    @TempDir
    Path dir;

    private static void fill(CsvTableOutput out) {
        SheetOutput a = out.addSheet("vInfo", List.of("VM", "CPUs", "Annotation"));
        SheetOutput b = out.addSheet("vHost", List.of("Host"));
        a.row(OutputCell.text("web-01"), OutputCell.number(2), OutputCell.text("owner: \"ops\", team A"));
        b.row(OutputCell.text("esx-01"));
        a.row(OutputCell.text("db-01"));
    }

    @Test
    void folderFormWritesOneFilePerSheet() throws IOException {
        try (CsvTableOutput out = CsvTableOutput.intoFolder(dir, s -> "X_tab" + s + ".csv")) {
            fill(out);
            out.commit();
        }
        assertThat(list()).containsExactly("X_tabvHost.csv", "X_tabvInfo.csv");
        assertThat(Files.readString(dir.resolve("X_tabvInfo.csv")))
                .isEqualTo("VM,CPUs,Annotation\r\nweb-01,2,\"owner: \"\"ops\"\", team A\"\r\ndb-01,,\r\n");
    }

    @Test
    void zipFormIsByteIdenticalForTheSameRows() throws IOException {
        Path first = dir.resolve("a.zip");
        Path second = dir.resolve("b.zip");
        for (Path zip : List.of(first, second)) {
            try (CsvTableOutput out = CsvTableOutput.intoZip(zip, s -> s + ".csv", Instant.parse("2026-01-01T00:00:00Z"))) {
                fill(out);
                out.commit();
            }
        }
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        Map<String, String> entries = unzip(first);
        assertThat(entries.keySet()).containsExactly("vInfo.csv", "vHost.csv");
        assertThat(entries.get("vHost.csv")).isEqualTo("Host\r\nesx-01\r\n");
        assertThat(list()).containsExactly("a.zip", "b.zip");
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws IOException {
        try (CsvTableOutput out = CsvTableOutput.intoZip(dir.resolve("c.zip"), s -> s + ".csv", Instant.EPOCH)) {
            fill(out);
        }
        try (CsvTableOutput out = CsvTableOutput.intoFolder(dir, s -> s + ".csv")) {
            fill(out);
        }
        assertThat(list()).isEmpty();
    }

    private List<String> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
