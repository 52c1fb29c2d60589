package dev.cloudfit.assess.workspace.inventory;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.workspace.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The inventory snapshot of each run, in the {@code inv_*} tables (one row per VM, disk, NIC,
 * address, partition, tag, custom attribute, host, warning), so SQL can query it, and read back as
 * an {@link Inventory} equal to the one written.
 */
public final class InventorySnapshots {

    private final Connection connection;

    public InventorySnapshots(Connection connection) {
        this.connection = connection;
    }

    /** Writes a run's snapshot; call inside the caller's transaction. A run has at most one. */
    public static void write(Connection c, long runId, Inventory inventory) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM inv_source WHERE run_id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new SQLException("run " + runId + " already has an inventory snapshot");
                }
            }
        }
        new InventoryWriter(c, runId).write(inventory);
    }

    /** The snapshot of a run, or empty when the run stored none. */
    public Optional<Inventory> read(long runId) {
        return Transactions.autoCommit(connection, "read the inventory of run " + runId,
                c -> new InventoryReader(c, runId).read());
    }
}
