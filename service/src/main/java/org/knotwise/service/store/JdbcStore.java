package org.knotwise.service.store;

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
 * The store on SQLite (a file, the default) or PostgreSQL ({@code jdbc:postgresql://...}). One
 * connection, used by one thread at a time and reopened when it breaks: feedback and the served-case
 * log are written far less often than cases are assessed.
 */
public final class JdbcStore implements Store {
    public static final String DEFAULT_URL = "jdbc:sqlite:knotwise-service.db";

    private final String url;
    private final Properties props;
    private Connection connection;

    private JdbcStore(String url, Properties props) {
        this.url = url;
        this.props = props;
    }

    /** Opens the database and creates or migrates its schema. The URL may carry user and password. */
    public static JdbcStore open(String url) throws SQLException {
        if (!url.startsWith("jdbc:sqlite:") && !url.startsWith("jdbc:postgresql:")) {
            throw new SQLException("unsupported database URL (jdbc:sqlite:FILE or jdbc:postgresql://...): "
                    + url.replaceAll("password=[^&]*", "password=***"));
        }
        Properties props = new Properties();
        if (url.startsWith("jdbc:sqlite:")) {
            props.setProperty("busy_timeout", "5000");
            props.setProperty("foreign_keys", "true");
        }
        JdbcStore store = new JdbcStore(url, props);
        synchronized (store) {
            Schema.migrate(store.connection());
        }
        return store;
    }

    /** The schema version the database is at. */
    public synchronized int schemaVersion() throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("SELECT MAX(version) FROM knotwise_schema");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
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
    public synchronized void saveServed(ServedCase s) throws SQLException {
        Connection c = connection();
        c.setAutoCommit(false);
        try {
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
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public synchronized void saveFeedback(List<Feedback> feedback) throws SQLException {
        Connection c = connection();
        c.setAutoCommit(false);
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
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    @Override
    public synchronized void servedSince(Instant since, Consumer<ServedWithFeedback> each) throws SQLException {
        Connection c = connection();
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
    }

    @Override
    public synchronized void feedbackSince(Instant since, Consumer<Feedback> each) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("SELECT id, received_at, service_id, card, outcome,"
                + " override_code, override_system, override_display, user_comment, outcome_timestamp,"
                + " accepted_suggestions FROM feedback WHERE received_at >= ? ORDER BY received_at, id")) {
            ps.setString(1, since == null ? "" : since.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(feedback(rs));
                }
            }
        }
    }

    private static Feedback feedback(ResultSet rs) throws SQLException {
        return new Feedback(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
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
