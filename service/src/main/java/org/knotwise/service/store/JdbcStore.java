package org.knotwise.service.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The store on SQLite (a file, the default) or PostgreSQL ({@code jdbc:postgresql://...}).
 * <ul>
 * <li>PostgreSQL: a small HikariCP pool ({@value #PG_POOL_SIZE} connections), so concurrent feedback
 *     and served-case writes run side by side instead of queueing on one connection;</li>
 * <li>SQLite: one connection, used by one thread at a time and reopened when it breaks. SQLite takes
 *     one writer at a time whatever the number of connections; the file is in WAL mode, so an export
 *     ({@code feedback export}, another process) reads while the service writes.</li>
 * </ul>
 */
public final class JdbcStore implements Store {
    /** Requests write at most a few rows each; a handful of connections covers a 2-core service's workers. */
    static final int PG_POOL_SIZE = 4;

    private final Connections connections;

    private JdbcStore(Connections connections) {
        this.connections = connections;
    }

    /** Opens the database and creates or migrates its schema. The URL may carry user and password. */
    public static JdbcStore open(String url) throws SQLException {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new SQLException("unsupported database URL (jdbc:sqlite:FILE or jdbc:postgresql://...): "
                    + url.replaceAll("password=[^&]*", "password=***"));
        }
        JdbcStore store = new JdbcStore(url.startsWith("jdbc:sqlite:") ? new SqliteConnection(url) : new PostgresPool(url));
        try {
            store.connections.with(c -> Schema.migrate(c));
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** The schema version the database is at. */
    public int schemaVersion() throws SQLException {
        return connections.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM knotwise_schema");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** Connections the pooled store has open, or 1 for SQLite (tests check the pool is used). */
    int poolSize() {
        return connections.size();
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Where a piece of work gets its connection, and gives it back. */
    private interface Connections extends AutoCloseable {
        <T> T with(Work<T> work) throws SQLException;

        int size();

        @Override
        void close();
    }

    private static final class SqliteConnection implements Connections {
        private final String url;
        private final Properties props = new Properties();
        private Connection connection;

        SqliteConnection(String url) {
            this.url = url;
            props.setProperty("busy_timeout", "5000");
            props.setProperty("foreign_keys", "true");
            props.setProperty("journal_mode", "WAL");
        }

        @Override
        public synchronized <T> T with(Work<T> work) throws SQLException {
            return work.run(connection());
        }

        private Connection connection() throws SQLException {
            if (connection == null || connection.isClosed() || !connection.isValid(2)) {
                if (connection != null) {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // it is broken already
                    }
                }
                connection = DriverManager.getConnection(url, props);
            }
            return connection;
        }

        @Override
        public int size() {
            return 1;
        }

        @Override
        public synchronized void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // closing anyway
                }
            }
        }
    }

    private static final class PostgresPool implements Connections {
        private final HikariDataSource pool;

        PostgresPool(String url) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setPoolName("knotwise-store");
            config.setMaximumPoolSize(PG_POOL_SIZE);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(5_000);
            // a database that is down at start is an error at start, not at the first feedback
            config.setInitializationFailTimeout(5_000);
            pool = new HikariDataSource(config);
        }

        @Override
        public <T> T with(Work<T> work) throws SQLException {
            try (Connection c = pool.getConnection()) {
                return work.run(c);
            }
        }

        @Override
        public int size() {
            return pool.getHikariPoolMXBean() == null ? 0 : pool.getHikariPoolMXBean().getTotalConnections();
        }

        @Override
        public void close() {
            pool.close();
        }
    }

    @Override
    public void saveServed(ServedCase s) throws SQLException {
        connections.with(c -> inTransaction(c, () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO served_case"
                    + " (id, served_at, endpoint, case_id, case_json, rule_base) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, s.id());
                ps.setString(2, s.at().toString());
                ps.setString(3, s.endpoint());
                ps.setString(4, s.caseId());
                ps.setString(5, s.caseJson());
                ps.setString(6, s.ruleBase());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO served_card (uuid, served_id, indicator, summary) VALUES (?, ?, ?, ?)")) {
                for (CardRef card : s.cards()) {
                    ps.setString(1, card.uuid());
                    ps.setString(2, s.id());
                    ps.setString(3, card.indicator());
                    ps.setString(4, card.summary());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }));
    }

    @Override
    public void saveFeedback(List<Feedback> feedback) throws SQLException {
        connections.with(c -> inTransaction(c, () -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO feedback (id, received_at, service_id, card,"
                    + " outcome, override_code, override_system, override_display, user_comment, outcome_timestamp,"
                    + " accepted_suggestions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Feedback f : feedback) {
                    ps.setString(1, f.id());
                    ps.setString(2, f.receivedAt().toString());
                    ps.setString(3, f.serviceId());
                    ps.setString(4, f.card());
                    ps.setString(5, f.outcome());
                    ps.setString(6, f.overrideCode());
                    ps.setString(7, f.overrideSystem());
                    ps.setString(8, f.overrideDisplay());
                    ps.setString(9, f.userComment());
                    ps.setString(10, f.outcomeTimestamp());
                    ps.setString(11, f.acceptedSuggestions());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }));
    }

    @FunctionalInterface
    private interface Statements {
        void run() throws SQLException;
    }

    /** Runs the statements as one transaction, and leaves the connection in auto-commit for the next user. */
    private static Void inTransaction(Connection c, Statements statements) throws SQLException {
        c.setAutoCommit(false);
        try {
            statements.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return null;
    }

    @Override
    public void servedSince(Instant since, Consumer<ServedWithFeedback> each) throws SQLException {
        connections.with(c -> {
            String from = since == null ? "" : since.toString();
            List<ServedCase> served = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, served_at, endpoint, case_id, case_json, rule_base"
                    + " FROM served_case WHERE served_at >= ? ORDER BY served_at, id")) {
                ps.setString(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        served.add(new ServedCase(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), List.of()));
                    }
                }
            }
            try (PreparedStatement cards = c.prepareStatement(
                    "SELECT uuid, indicator, summary FROM served_card WHERE served_id = ? ORDER BY uuid");
                 PreparedStatement fb = c.prepareStatement("SELECT f.id, f.received_at, f.service_id, f.card, f.outcome,"
                         + " f.override_code, f.override_system, f.override_display, f.user_comment, f.outcome_timestamp,"
                         + " f.accepted_suggestions FROM feedback f JOIN served_card c ON c.uuid = f.card"
                         + " WHERE c.served_id = ? ORDER BY f.received_at, f.id")) {
                for (ServedCase s : served) {
                    List<CardRef> cardList = new ArrayList<>();
                    cards.setString(1, s.id());
                    try (ResultSet rs = cards.executeQuery()) {
                        while (rs.next()) {
                            cardList.add(new CardRef(rs.getString(1), rs.getString(2), rs.getString(3)));
                        }
                    }
                    List<Feedback> feedback = new ArrayList<>();
                    fb.setString(1, s.id());
                    try (ResultSet rs = fb.executeQuery()) {
                        while (rs.next()) {
                            feedback.add(feedback(rs));
                        }
                    }
                    each.accept(new ServedWithFeedback(new ServedCase(s.id(), s.at(), s.endpoint(), s.caseId(),
                            s.caseJson(), s.ruleBase(), cardList), feedback));
                }
            }
            return null;
        });
    }

    @Override
    public void feedbackSince(Instant since, Consumer<Feedback> each) throws SQLException {
        connections.with(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, received_at, service_id, card, outcome,"
                    + " override_code, override_system, override_display, user_comment, outcome_timestamp,"
                    + " accepted_suggestions FROM feedback WHERE received_at >= ? ORDER BY received_at, id")) {
                ps.setString(1, since == null ? "" : since.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        each.accept(feedback(rs));
                    }
                }
            }
            return null;
        });
    }

    private static Feedback feedback(ResultSet rs) throws SQLException {
        return new Feedback(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
    }

    @Override
    public void close() {
        connections.close();
    }
}
