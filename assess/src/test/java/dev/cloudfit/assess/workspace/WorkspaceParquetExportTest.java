package dev.cloudfit.assess.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.workspace.perf.SampleAppender;
import dev.cloudfit.assess.workspace.synth.SyntheticHistory;
import dev.cloudfit.assess.workspace.synth.SyntheticVm;
import dev.cloudfit.assess.workspace.synth.WorkloadProfile;
import dev.cloudfit.core.error.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceParquetExportTest {

    @TempDir
    Path tmp;

    @Test
    void exportsEveryTableAndTheFlatSamplesReadableByDuckDb() throws Exception {
        Path out = tmp.resolve("export «1»'s");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            ws.importInventory(RunSource.file(SourceKind.RVTOOLS, "a.xlsx", "01".repeat(32)), RichInventory.build("a.xlsx"));
            long run = ws.runs().start(RunSource.generated("demo", "seed 7"));
            TimeRange range = TimeRange.lastDays(Instant.parse("2026-11-01T00:00:00Z"), 2);
            try (SampleAppender app = ws.appender(run)) {
                new SyntheticHistory(7).write(app, List.of(SyntheticVm.simple("vc/vm-1", WorkloadProfile.BUSY),
                        SyntheticVm.simple("vc/vm-2", WorkloadProfile.IDLE)), range, SyntheticHistory.TWO_HOURS);
            }
            ws.runs().complete(run, range, new RunCounts(0, 0, 2 * 24 * 8));
            ws.exportParquet(out);
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "inv_disk.parquet", "inv_field_source.parquet", "inv_host.parquet", "inv_nic.parquet",
                    "inv_nic_address.parquet", "inv_partition.parquet", "inv_source.parquet", "inv_vm.parquet",
                    "inv_vm_attribute.parquet", "inv_vm_tag.parquet", "inv_warning.parquet", "inv_warning_count.parquet",
                    "perf_fetch.parquet", "perf_sample.parquet", "perf_series.parquet", "run.parquet",
                    "schema_version.parquet");
        }
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.filter(p -> p.getFileName().toString().startsWith(".")).toList()).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            String dir = out.toString().replace("'", "''");
            try (ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT vm_key), count(DISTINCT counter), "
                    + "min(interval_s), max(unit = 'percent') FROM read_parquet('" + dir + "/perf_sample.parquet')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(2 * 24 * 8);
                assertThat(rs.getLong(2)).isEqualTo(2);
                assertThat(rs.getLong(3)).isEqualTo(8);
                assertThat(rs.getLong(4)).isEqualTo(7200);
                assertThat(rs.getBoolean(5)).isTrue();
            }
            try (ResultSet rs = s.executeQuery("SELECT name, annotation FROM read_parquet('" + dir + "/inv_vm.parquet') "
                    + "ORDER BY vm_ord LIMIT 1")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("wéb-01 ☁ 東京");
                assertThat(rs.getString(2)).startsWith("=HYPERLINK(");
            }
            try (ResultSet rs = s.executeQuery("SELECT string_agg(status, ',' ORDER BY run_id) FROM read_parquet('"
                    + dir + "/run.parquet')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("complete,complete");
            }
        }
    }

    @Test
    void refusesATargetWithContent() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        try (Workspace ws = Workspace.open(tmp.resolve("ws"))) {
            assertThatThrownBy(() -> ws.exportParquet(out)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("out").hasMessageContaining("must not exist or be empty");
            Path empty = Files.createDirectories(tmp.resolve("empty"));
            ws.exportParquet(empty);
            assertThat(empty.resolve("run.parquet")).isRegularFile();
        }
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("mine");
    }
}
