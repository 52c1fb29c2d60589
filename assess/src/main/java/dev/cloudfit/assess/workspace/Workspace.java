package dev.cloudfit.assess.workspace;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.workspace.export.ParquetExport;
import dev.cloudfit.assess.workspace.inventory.InventorySnapshots;
import dev.cloudfit.assess.workspace.perf.PerfSummaries;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.perf.SampleCoverage;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.files.UnfinishedOutputs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A workspace: a folder holding one embedded DuckDB file ({@value #DATABASE_FILE}) with every run's
 * inventory snapshot and performance history, and {@value WorkspaceManifest#FILE_NAME}, which marks
 * the folder as a workspace. Collect once, then re-assess from here with other settings.
 *
 * <p>One process writes a workspace at a time: DuckDB locks the file, and a second process gets a
 * {@link BadInputException} at once instead of waiting. One {@code Workspace} holds one JDBC
 * connection and is meant for one thread at a time.
 */
public final class Workspace implements AutoCloseable {

    public static final String DATABASE_FILE = "workspace.duckdb";

    /** DuckDB's memory limit for a workspace (its own native memory, outside the JVM heap). */
    public static final String MEMORY_LIMIT = "3GB";

    private final Path folder;
    private final WorkspaceManifest manifest;
    private final Connection connection;
    private final int schemaVersion;
    private final int interruptedOnOpen;
    private SampleAppender openAppender;

    private Workspace(Path folder, WorkspaceManifest manifest, Connection connection, int schemaVersion,
            int interruptedOnOpen) {
        this.folder = folder;
        this.manifest = manifest;
        this.connection = connection;
        this.schemaVersion = schemaVersion;
        this.interruptedOnOpen = interruptedOnOpen;
    }

    /**
     * Opens the workspace in {@code folder}, creating it when the folder is missing or empty. A
     * folder with other content, a foreign or corrupt database, a newer format or schema, or a
     * workspace another process has open are refused with a {@link BadInputException} naming it.
     */
    public static Workspace open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(InputLocation.of(dir), "a workspace must be a folder, this is a file");
        }
        if (!Files.exists(dir)) {
            createBesideThenMove(dir);
        } else if (isEmpty(dir)) {
            createIn(dir);
        }
        Path manifestFile = dir.resolve(WorkspaceManifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new BadInputException(InputLocation.of(dir), "not a cloudfit workspace: the folder is not empty and has no "
                    + WorkspaceManifest.FILE_NAME);
        }
        WorkspaceManifest manifest = WorkspaceManifest.read(manifestFile);
        Path db = dir.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(db)) {
            throw new BadInputException(InputLocation.of(dir), "workspace has no " + DATABASE_FILE);
        }
        Connection c = connect(db);
        try {
            int version = SchemaMigrations.migrate(c, db);
            int interrupted = Transactions.inTransaction(c, "recover after an interrupted run", conn -> {
                try (Statement s = conn.createStatement()) {
                    s.execute("DELETE FROM perf_sample_staging");
                }
                return Runs.markAbandonedInterrupted(conn);
            });
            return new Workspace(dir, manifest, c, version, interrupted);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public Path folder() {
        return folder;
    }

    public Path databaseFile() {
        return folder.resolve(DATABASE_FILE);
    }

    public WorkspaceManifest manifest() {
        return manifest;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** How many runs were found {@code RUNNING} on open and marked {@code INTERRUPTED}. */
    public int interruptedOnOpen() {
        return interruptedOnOpen;
    }

    public Runs runs() {
        return new Runs(connection);
    }

    public InventorySnapshots inventories() {
        return new InventorySnapshots(connection);
    }

    /**
     * Starts streaming samples for a run into the store; close it to merge the rest. One appender
     * at a time: it assigns the ids of new series.
     */
    public SampleAppender appender(long runId) {
        return appender(runId, SampleAppender.DEFAULT_BATCH_ROWS);
    }

    /** An appender that merges every {@code batchRows} samples (memory in DuckDB grows with it). */
    public SampleAppender appender(long runId, int batchRows) {
        if (openAppender != null && !openAppender.isClosed()) {
            throw new IllegalStateException("an appender is already open on " + folder + "; close it first");
        }
        openAppender = new SampleAppender(connection, runId, batchRows);
        return openAppender;
    }

    public SampleCoverage coverage() {
        return new SampleCoverage(connection);
    }

    public PerfSummaries summaries() {
        return new PerfSummaries(connection);
    }

    /** The samples of a period as the sizing's counters, for the backtest. */
    public dev.cloudfit.assess.workspace.perf.HeldOutSamples heldOutSamples() {
        return new dev.cloudfit.assess.workspace.perf.HeldOutSamples(connection);
    }

    /**
     * Imports an inventory as one run, atomically: the run row, the snapshot and its completion
     * commit together, so a failure leaves the workspace as it was.
     */
    public Run importInventory(RunSource source, Inventory inventory) {
        long id = Transactions.inTransaction(connection, "import " + source.name(), c -> {
            long runId = Runs.insertRunning(c, source);
            InventorySnapshots.write(c, runId, inventory);
            Runs.complete(c, runId, null, new RunCounts(inventory.vms().size(), inventory.hosts().size(), 0));
            return runId;
        });
        return runs().find(id).orElseThrow();
    }

    /** Stores the inventory snapshot of a run that is still collecting (e.g. before its samples). */
    public void storeInventory(long runId, Inventory inventory) {
        Transactions.inTransaction(connection, "store the inventory of run " + runId, c -> {
            InventorySnapshots.write(c, runId, inventory);
            return null;
        });
    }

    /** The inventory snapshot of the newest run that stored one, whatever its source or status, if any. */
    public Optional<Inventory> latestInventory() {
        List<Run> all = runs().all();
        for (int i = all.size() - 1; i >= 0; i--) {
            Optional<Inventory> inv = inventories().read(all.get(i).id());
            if (inv.isPresent()) {
                return inv;
            }
        }
        return Optional.empty();
    }

    /** The inventory of the latest complete run of a source kind and name, if any. */
    public Optional<Inventory> latestInventory(SourceKind kind, String sourceName) {
        return runs().latestComplete(kind, sourceName).flatMap(r -> inventories().read(r.id()));
    }

    /** Writes runs, inventory tables and samples as Parquet files into {@code target} (see {@link ParquetExport}). */
    public void exportParquet(Path target) {
        new ParquetExport(connection).export(target);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WorkspaceException("workspace: cannot close " + databaseFile() + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path db) {
        Properties p = new Properties();
        // DuckDB's default is 80 % of the machine's RAM; a workspace shares the machine with the JVM (and a
        // laptop with everything else), and beyond this DuckDB spills to a temporary folder beside the file
        p.setProperty("memory_limit", MEMORY_LIMIT);
        // Not "jdbc_stream_results": with it, DuckDB 1.3.2's JDBC appender writes become invisible
        // (lost) after any earlier query on the connection. Results are materialised in DuckDB's
        // native memory instead and fetched into the JVM chunk by chunk; summaries are one row per series.
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + db, p);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Could not set lock") || msg.contains("Conflicting lock")) {
                throw new BadInputException(InputLocation.of(db), "the workspace is open in another process; "
                        + "wait for it to finish (" + firstLine(msg) + ")", e);
            }
            throw new BadInputException(InputLocation.of(db), "not a readable workspace database: " + firstLine(msg), e);
        }
    }

    private static void createIn(Path dir) {
        Path db = dir.resolve(DATABASE_FILE);
        Connection c = connect(db);
        try {
            SchemaMigrations.migrate(c, db);
        } finally {
            closeQuietly(c);
        }
        // the manifest last: a folder with a database but no manifest was never finished
        new WorkspaceManifest(WorkspaceManifest.FORMAT_VERSION, SqlTime.now(), dev.cloudfit.core.ToolVersion.get())
                .write(dir.resolve(WorkspaceManifest.FILE_NAME));
    }

    /** Builds the new workspace in a hidden sibling folder and renames it into place. */
    private static void createBesideThenMove(Path dir) {
        Path tmp = dir.resolveSibling("." + dir.getFileName() + ".creating-" + UUID.randomUUID());
        UnfinishedOutputs.started(tmp);
        try {
            Files.createDirectories(tmp);
            createIn(tmp);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            UnfinishedOutputs.finished(tmp);
        } catch (FileAlreadyExistsException e) {
            deleteTree(tmp); // someone else created it meanwhile: open theirs
            UnfinishedOutputs.finished(tmp);
        } catch (IOException e) {
            deleteTree(tmp);
            UnfinishedOutputs.finished(tmp);
            throw new BadInputException(InputLocation.of(dir), "cannot create the workspace folder: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTree(tmp);
            UnfinishedOutputs.finished(tmp);
            throw e;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(dir), "cannot read the folder: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) {
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

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public String toString() {
        return "Workspace[" + folder + ", schema " + schemaVersion + ", created " + manifest.created() + "]";
    }

    /** For callers that want "now" with the workspace's precision (microseconds). */
    public static Instant now() {
        return SqlTime.now();
    }
}
