package dev.cloudfit.assess.workspace;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Forward-only schema migrations. The versioned scripts are resources under {@code schema/}, listed
 * in order in {@code schema/migrations.txt} (version n is line n). {@code schema_version} records each
 * one applied; each runs in its own transaction with its record, so a crash leaves the schema at the
 * previous version. A database newer than this tool is refused: an old tool must not write a schema
 * it does not know.
 */
final class SchemaMigrations {

    private static final String INDEX = "schema/migrations.txt";

    private SchemaMigrations() {
    }

    /** The scripts this tool knows, oldest first. */
    static List<String> known() {
        return SqlScript.resource(INDEX).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static int latestKnown() {
        return known().size();
    }

    /** Brings the schema up to date; returns the version it is at afterwards. */
    static int migrate(Connection c, Path databaseFile) {
        List<String> scripts = known();
        int current = Transactions.inTransaction(c, "read the schema version", conn -> {
            try (Statement s = conn.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + "version INTEGER PRIMARY KEY, script VARCHAR NOT NULL, tool_version VARCHAR NOT NULL, "
                        + "applied_at TIMESTAMP NOT NULL DEFAULT (now()::TIMESTAMP))");
                return currentVersion(conn);
            }
        });
        if (current > scripts.size()) {
            throw new BadInputException(InputLocation.of(databaseFile), "workspace schema version " + current
                    + " is newer than this cloudfit knows (" + scripts.size() + "); use a newer cloudfit");
        }
        for (int v = current + 1; v <= scripts.size(); v++) {
            int version = v;
            String script = scripts.get(v - 1);
            Transactions.inTransaction(c, "apply schema migration " + script, conn -> {
                try (Statement s = conn.createStatement()) {
                    for (String sql : SqlScript.statements(SqlScript.resource("schema/" + script))) {
                        s.execute(sql);
                    }
                }
                try (var ps = conn.prepareStatement(
                        "INSERT INTO schema_version (version, script, tool_version) VALUES (?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, script);
                    ps.setString(3, dev.cloudfit.core.ToolVersion.get());
                    ps.executeUpdate();
                }
                return null;
            });
        }
        return scripts.size();
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
