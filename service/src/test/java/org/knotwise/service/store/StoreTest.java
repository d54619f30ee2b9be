package org.knotwise.service.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.service.cli.ServiceCommand;
import org.knotwise.service.http.Json;
import org.knotwise.service.support.Cases;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same store tests on SQLite (always) and PostgreSQL. PostgreSQL needs {@code KNOTWISE_TEST_PG_URL}:
 * {@code export KNOTWISE_TEST_PG_URL="$(.ci/postgres.sh)"} installs, starts and prints it.
 */
class StoreTest {
    static final String PG_ENV = "KNOTWISE_TEST_PG_URL";
    @TempDir
    Path tmp;

    /** A fresh database: a new SQLite file, or PostgreSQL with the store's tables dropped. */
    String url(String kind) throws Exception {
        if (kind.equals("sqlite")) {
            return "jdbc:sqlite:" + tmp.resolve("store.db");
        }
        String pg = System.getenv(PG_ENV);
        Assumptions.assumeTrue(pg != null && !pg.isBlank(),
                "SKIPPED LOUDLY: PostgreSQL store tests need " + PG_ENV + "; run: export " + PG_ENV
                        + "=\"$(.ci/postgres.sh)\" (installs Debian's postgresql package if missing)");
        try (Connection c = DriverManager.getConnection(pg); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS feedback, served_card, served_case, knotwise_schema CASCADE");
        }
        return pg;
    }

    static Store.ServedCase served(String caseId, Instant at, String... cardUuids) {
        List<Store.CardRef> cards = new ArrayList<>();
        for (String u : cardUuids) {
            cards.add(new Store.CardRef(u, "info", "Self-massage plan"));
        }
        return new Store.ServedCase(UUID.randomUUID().toString(), at, "/cds-services/knotwise-pain-report", caseId,
                Json.parse(Cases.WRIST).toString().replace("wrist-1", caseId), "built-in-x", cards);
    }

    static Store.Feedback feedback(String card, String outcome, Instant at) {
        return new Store.Feedback(UUID.randomUUID().toString(), at, "knotwise-pain-report", card, outcome,
                outcome.equals("overridden") ? "not-applicable" : null, null, null, null, null, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void theSchemaIsCreatedOnceAndReopeningMigratesNothing(String kind) throws Exception {
        String url = url(kind);
        try (JdbcStore store = JdbcStore.open(url)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latest());
        }
        try (JdbcStore store = JdbcStore.open(url)) {
            assertThat(store.schemaVersion()).isEqualTo(Schema.latest());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void concurrentFeedbackIsAllStored(String kind) throws Exception {
        String url = url(kind);
        int threads = 8;
        int each = 25;
        try (JdbcStore store = JdbcStore.open(url)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> writes = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    writes.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            store.saveFeedback(List.of(feedback(UUID.randomUUID().toString(), "accepted", Instant.now())));
                        }
                        return null;
                    }));
                }
                for (Future<?> w : writes) {
                    w.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            List<Store.Feedback> stored = new ArrayList<>();
            store.feedbackSince(null, stored::add);
            assertThat(stored).hasSize(threads * each);
            if (kind.equals("postgresql")) {
                assertThat(store.poolSize()).as("a pool, bounded").isBetween(1, JdbcStore.PG_POOL_SIZE);
            } else {
                try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                     java.sql.ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).as("SQLite in WAL mode").isEqualToIgnoringCase("wal");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anOlderSchemaIsMigrated(String kind) throws Exception {
        String url = url(kind);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE knotwise_schema (version INTEGER NOT NULL)");
            for (String sql : Schema.MIGRATIONS.get(0)) {
                s.execute(sql);
            }
            s.execute("INSERT INTO knotwise_schema (version) VALUES (1)");
        }
        try (JdbcStore store = JdbcStore.open(url)) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            store.saveFeedback(List.of(new Store.Feedback("f1", Instant.now(), "s", "c", "accepted", null, null,
                    null, null, null, "[{\"id\":\"x\"}]")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void servedCasesComeBackWithTheirCardsFeedbackSinceADate(String kind) throws Exception {
        String url = url(kind);
        Instant old = Instant.parse("2025-01-10T08:00:00Z");
        Instant recent = Instant.parse("2025-06-01T08:00:00Z");
        try (JdbcStore store = JdbcStore.open(url)) {
            store.saveServed(served("old-case", old, "card-old"));
            store.saveServed(served("new-case", recent, "card-a", "card-b"));
            store.saveFeedback(List.of(feedback("card-a", "accepted", recent.plusSeconds(60)),
                    feedback("card-b", "overridden", recent.plusSeconds(61)),
                    feedback("card-unknown", "accepted", recent.plusSeconds(62))));

            List<Store.ServedWithFeedback> all = new ArrayList<>();
            store.servedSince(null, all::add);
            assertThat(all).extracting(s -> s.served().caseId()).containsExactly("old-case", "new-case");

            List<Store.ServedWithFeedback> since = new ArrayList<>();
            store.servedSince(Instant.parse("2025-05-01T00:00:00Z"), since::add);
            assertThat(since).hasSize(1);
            assertThat(since.get(0).served().cards()).extracting(Store.CardRef::uuid).containsExactly("card-a", "card-b");
            assertThat(since.get(0).feedback()).extracting(Store.Feedback::outcome).containsExactly("accepted", "overridden");

            List<Store.Feedback> fb = new ArrayList<>();
            store.feedbackSince(null, fb::add);
            assertThat(fb).hasSize(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void exportWritesCaseLinesThatTheBatchReadsBack(String kind) throws Exception {
        String url = url(kind);
        Instant at = Instant.parse("2025-06-01T08:00:00Z");
        try (JdbcStore store = JdbcStore.open(url)) {
            store.saveServed(served("c1", at, "u1"));
            store.saveServed(served("c1", at.plusSeconds(1), "u2"));
            store.saveFeedback(List.of(feedback("u1", "accepted", at.plusSeconds(5))));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = ServiceCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("feedback", "export", "--db", url, "--since", "2025-06-01");
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = Json.parse(lines.get(0));
        assertThat(first.path("id").asText()).isEqualTo("c1");
        assertThat(first.path("served").path("feedback").get(0).path("outcome").asText()).isEqualTo("accepted");
        assertThat(Json.parse(lines.get(1)).path("id").asText()).isEqualTo("c1#2");
        // the case reader takes each line as a case (served is an unknown field, ignored)
        for (String line : lines) {
            assertThat(KnotwiseJson.readCase(line).complaint().regions()).containsExactly("wrist-back");
        }
        assertThat(err.toString()).contains("2 cases line(s)");

        StringWriter fbOut = new StringWriter();
        cmd.setOut(new PrintWriter(fbOut));
        assertThat(cmd.execute("feedback", "export", "--db", url, "--kind", "feedback")).isZero();
        assertThat(fbOut.toString().lines()).hasSize(1);
    }
}
