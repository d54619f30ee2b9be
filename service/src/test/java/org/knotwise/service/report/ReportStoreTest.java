package org.knotwise.service.report;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.service.support.Cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's bound and expiry, on a clock the test moves (no sleeping). */
class ReportStoreTest {
    static final Knotwise ENGINE = Knotwise.builtIn();
    static final Case CASE = KnotwiseJson.readCase(Cases.WRIST);
    static final Assessment ASSESSMENT = ENGINE.assess(CASE);
    static final KnowledgeBase KB = ENGINE.ruleBase().knowledgeBase();

    /** A clock that moves only when told. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aReportIsFoundByItsTokenUntilItExpires() {
        TestClock clock = new TestClock();
        ReportStore store = new ReportStore(10, Duration.ofMinutes(30), clock);
        String token = store.put(CASE, ASSESSMENT, KB);
        assertThat(store.get(token)).get().extracting(ReportStore.Report::assessment).isSameAs(ASSESSMENT);

        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(store.get(token)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.get(token)).as("expired at its time to live").isEmpty();
        assertThat(store.size()).isZero();
    }

    @Test
    void whenFullTheOldestReportGoesFirst() {
        TestClock clock = new TestClock();
        ReportStore store = new ReportStore(3, Duration.ofHours(1), clock);
        String first = store.put(CASE, ASSESSMENT, KB);
        clock.advance(Duration.ofSeconds(1));
        String second = store.put(CASE, ASSESSMENT, KB);
        String third = store.put(CASE, ASSESSMENT, KB);
        String fourth = store.put(CASE, ASSESSMENT, KB);
        assertThat(store.size()).isEqualTo(3);
        assertThat(store.get(first)).isEmpty();
        assertThat(store.get(second)).isPresent();
        assertThat(store.get(third)).isPresent();
        assertThat(store.get(fourth)).isPresent();
    }

    @Test
    void expiredReportsMakeRoomBeforeLiveOnesArePushedOut() {
        TestClock clock = new TestClock();
        ReportStore store = new ReportStore(2, Duration.ofMinutes(10), clock);
        store.put(CASE, ASSESSMENT, KB);
        clock.advance(Duration.ofMinutes(6));
        String live = store.put(CASE, ASSESSMENT, KB);
        clock.advance(Duration.ofMinutes(5)); // the first has expired, the second has not
        String newest = store.put(CASE, ASSESSMENT, KB);
        assertThat(store.get(live)).isPresent();
        assertThat(store.get(newest)).isPresent();
    }

    @Test
    void tokensAre256RandomBitsAndAnythingElseIsUnknown() {
        ReportStore store = new ReportStore(1000, Duration.ofHours(1), new TestClock());
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            tokens.add(store.put(CASE, ASSESSMENT, KB));
        }
        assertThat(tokens).hasSize(500).allMatch(t -> t.matches("[A-Za-z0-9_-]{43}"));
        String some = tokens.iterator().next();
        assertThat(store.get(some.substring(0, 42) + (some.charAt(42) == 'A' ? 'B' : 'A'))).isEmpty();
        assertThat(store.get("../../etc/passwd")).isEmpty();
        assertThat(store.get(null)).isEmpty();
    }

    @Test
    void aStoreWithNoRoomIsOff() {
        ReportStore store = new ReportStore(0, Duration.ofHours(1), new TestClock());
        assertThat(store.enabled()).isFalse();
        assertThatThrownBy(() -> store.put(CASE, ASSESSMENT, KB)).isInstanceOf(IllegalStateException.class);
    }
}
