package dev.cloudfit.assess.workspace.export;

import dev.cloudfit.assess.workspace.Transactions;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code --export-parquet DIR}: one Parquet file per table (runs, the inventory tables, the series,
 * what each run fetched) and the samples in flat form ({@code perf_sample.parquet}: vm_key, counter,
 * instance, ts, interval_s, value, unit, source), so Spark, pandas or DuckDB read them without the
 * workspace. Written into a hidden sibling folder, then renamed into place: DIR appears complete
 * or not at all. DIR must not exist or be empty.
 */
public final class ParquetExport {

    /** Table (or view) name → file name; every table of the schema but the staging one. */
    static final List<String> TABLES = List.of("schema_version", "run", "inv_source", "inv_field_source",
            "inv_warning", "inv_warning_count", "inv_vm", "inv_vm_attribute", "inv_vm_tag", "inv_disk",
            "inv_nic", "inv_nic_address", "inv_partition", "inv_host", "perf_series", "perf_fetch");

    private final Connection connection;

    public ParquetExport(Connection connection) {
        this.connection = connection;
    }

    public void export(Path target) {
        Path dir = target.toAbsolutePath().normalize();
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new BadInputException(InputLocation.of(dir), "the Parquet export folder must not exist or be empty");
        }
        Path tmp = dir.resolveSibling("." + dir.getFileName() + ".exporting-" + UUID.randomUUID());
        try {
            Files.createDirectories(tmp);
            Transactions.autoCommit(connection, "export to Parquet", c -> {
                try (Statement s = c.createStatement()) {
                    for (String table : TABLES) {
                        s.execute("COPY (SELECT * FROM " + table + ") TO " + literal(tmp.resolve(table + ".parquet"))
                                + " (FORMAT PARQUET, COMPRESSION ZSTD)");
                    }
                    s.execute("COPY (SELECT * FROM perf_sample_flat ORDER BY vm_key, counter, instance, interval_s, ts) TO "
                            + literal(tmp.resolve("perf_sample.parquet")) + " (FORMAT PARQUET, COMPRESSION ZSTD)");
                }
                return null;
            });
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteTree(tmp);
            throw new BadInputException(InputLocation.of(dir), "cannot write the Parquet export: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** A SQL string literal for a path (COPY takes no parameters). */
    static String literal(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
