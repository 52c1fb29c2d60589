package dev.cloudfit.assess.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.Vm;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceInventoryTest {

    @TempDir
    Path tmp;

    @Test
    void aRichInventoryReadsBackEqualFieldByField() {
        Inventory written = RichInventory.build("estate «A».xlsx");
        Path dir = tmp.resolve("ws");
        long runId;
        try (Workspace ws = Workspace.open(dir)) {
            Run run = ws.importInventory(RunSource.file(SourceKind.RVTOOLS, "estate «A».xlsx", "AB".repeat(32)), written);
            runId = run.id();
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.counts()).isEqualTo(new RunCounts(3, 2, 0));
            assertThat(run.finished()).isAfterOrEqualTo(run.started());
            assertThat(run.covered()).isNull();
        }
        try (Workspace ws = Workspace.open(dir)) { // from disk, not from a cache
            Inventory read = ws.inventories().read(runId).orElseThrow();
            assertThat(read.source()).isEqualTo(written.source());
            assertThat(read.hosts()).isEqualTo(written.hosts());
            assertThat(read.vms()).hasSameSizeAs(written.vms());
            for (int i = 0; i < written.vms().size(); i++) {
                Vm w = written.vms().get(i);
                Vm r = read.vms().get(i);
                assertThat(r).usingRecursiveComparison().isEqualTo(w);
                assertThat(r.annotation()).isEqualTo(w.annotation());
                assertThat(r.customAttributes()).isEqualTo(w.customAttributes());
                assertThat(r.nics()).isEqualTo(w.nics());
            }
            assertThat(read).isEqualTo(written);
        }
    }

    @Test
    void theSnapshotIsPlainTablesThatSqlCanQuery() throws Exception {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = Workspace.open(dir)) {
            ws.importInventory(RunSource.file(SourceKind.RVTOOLS, "a.xlsx", "01".repeat(32)), RichInventory.build("a.xlsx"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("workspace.duckdb"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT v.name, sum(d.capacity_bytes) / 1024^3 AS gib, count(DISTINCT n.ord) AS nics "
                        + "FROM inv_vm v JOIN inv_disk d USING (run_id, vm_ord) JOIN inv_nic n USING (run_id, vm_ord) "
                        + "GROUP BY v.name")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("name")).isEqualTo("wéb-01 ☁ 東京");
            assertThat(rs.getDouble("gib")).isEqualTo((100.0 + 2048) * 2); // two NIC rows per disk row
            assertThat(rs.getLong("nics")).isEqualTo(2);
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void latestSnapshotPerSourcePicksTheNewestCompleteRun() {
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            Inventory first = RichInventory.build("a.xlsx");
            Inventory second = new Inventory(first.vms().subList(0, 1), first.hosts(), first.source());
            ws.importInventory(RunSource.file(SourceKind.RVTOOLS, "a.xlsx", "01".repeat(32)), first);
            ws.importInventory(RunSource.file(SourceKind.RVTOOLS, "b.xlsx", "02".repeat(32)), first);
            Run newest = ws.importInventory(RunSource.file(SourceKind.RVTOOLS, "a.xlsx", "03".repeat(32)), second);
            long running = ws.runs().start(RunSource.file(SourceKind.RVTOOLS, "a.xlsx", "04".repeat(32)));
            ws.storeInventory(running, first);

            assertThat(ws.latestInventory(SourceKind.RVTOOLS, "a.xlsx")).contains(second);
            assertThat(ws.latestInventory(SourceKind.RVTOOLS, "b.xlsx")).contains(first);
            assertThat(ws.latestInventory(SourceKind.VCENTER, "a.xlsx")).isEmpty();
            List<Run> latest = ws.runs().latestCompletePerSource();
            assertThat(latest).extracting(r -> r.source().name() + "/" + r.source().fingerprint().substring(0, 2))
                    .containsExactly("a.xlsx/01", "a.xlsx/03", "b.xlsx/02");
            assertThat(ws.runs().latestComplete(SourceKind.RVTOOLS, "a.xlsx")).map(Run::id).contains(newest.id());
        }
    }

    @Test
    void aFailedSnapshotWriteLeavesThePreviousState() throws Exception {
        Path dir = tmp.resolve("ws");
        Inventory inventory = RichInventory.build("a.xlsx");
        try (Workspace ws = Workspace.open(dir)) {
            long run = ws.runs().start(RunSource.generated("g", "seed 1"));
            ws.storeInventory(run, inventory);
            Inventory other = new Inventory(List.of(), List.of(), inventory.source());
            assertThatThrownBy(() -> ws.storeInventory(run, other)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("already has an inventory snapshot");
            assertThat(ws.inventories().read(run)).contains(inventory);
        }
        // a failure in the middle of the writes (here: after every VM row is in) rolls all of it back
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("workspace.duckdb"))) {
            assertThatThrownBy(() -> Transactions.inTransaction(c, "write then fail", conn -> {
                dev.cloudfit.assess.workspace.inventory.InventorySnapshots.write(conn, 99, inventory);
                throw new IllegalStateException("disk full");
            })).isInstanceOf(IllegalStateException.class);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT count(*) FROM inv_vm WHERE run_id = 99) + (SELECT count(*) FROM inv_source WHERE run_id = 99)")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
