package org.knotwise.service.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema as numbered migrations, applied in order, each once, in a transaction; the
 * version reached is kept in {@code knotwise_schema}. SQL that SQLite and PostgreSQL both accept:
 * text ids (UUIDs made by the service) and ISO-8601 UTC times as text, which sort as times.
 */
final class Schema {
    static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    "CREATE TABLE served_case (id TEXT PRIMARY KEY, served_at TEXT NOT NULL, endpoint TEXT NOT NULL,"
                            + " case_id TEXT, case_json TEXT NOT NULL, rule_base TEXT NOT NULL)",
                    "CREATE INDEX served_case_at ON served_case (served_at)",
                    "CREATE TABLE served_card (uuid TEXT PRIMARY KEY, served_id TEXT NOT NULL REFERENCES served_case(id),"
                            + " indicator TEXT NOT NULL, summary TEXT NOT NULL)",
                    "CREATE INDEX served_card_served ON served_card (served_id)",
                    "CREATE TABLE feedback (id TEXT PRIMARY KEY, received_at TEXT NOT NULL, service_id TEXT NOT NULL,"
                            + " card TEXT NOT NULL, outcome TEXT NOT NULL, override_code TEXT, override_system TEXT,"
                            + " override_display TEXT, user_comment TEXT, outcome_timestamp TEXT)",
                    "CREATE INDEX feedback_at ON feedback (received_at)",
                    "CREATE INDEX feedback_card ON feedback (card)"),
            List.of(
                    "ALTER TABLE feedback ADD COLUMN accepted_suggestions TEXT"));

    private Schema() {
    }

    /** Brings the database to the latest version; returns the version it was at. */
    static int migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS knotwise_schema (version INTEGER NOT NULL)");
            int version = 0;
            try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM knotwise_schema")) {
                if (rs.next()) {
                    version = rs.getInt(1);
                }
            }
            c.commit();
            int from = version;
            for (int v = version; v < MIGRATIONS.size(); v++) {
                for (String sql : MIGRATIONS.get(v)) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO knotwise_schema (version) VALUES (" + (v + 1) + ")");
                c.commit();
            }
            return from;
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int latest() {
        return MIGRATIONS.size();
    }
}
