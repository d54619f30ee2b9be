package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Case;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.ENGINE;
import static org.knotwise.rules.RuleTesting.bumpOnly;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.sound;
import static org.knotwise.rules.RuleTesting.tender;
import static org.knotwise.rules.RuleTesting.unrelated;

/** The same case gives the same assessment, byte for byte, however often and on however many threads. */
class DeterminismTest {

    private static final Case BUSY = pain("wrist-front", "elbow-outer").id("busy")
            .spots(unrelated("wrist-front"), tender("forearm-front"), bumpOnly("forearm-back"), tender("hand"))
            .history(sound().method("kneading").intensity(9).sessionsPerDay(8).lightPressure(false).tool("foam-roller")
                    .days(20).outcome("partial").negativeReactions(true).minutes(9.0).professionalStyle("brutal"))
            .build();

    @Test
    void sameCaseTwiceSameJson() {
        String first = KnotwiseJson.write(ENGINE.assess(BUSY));
        String second = KnotwiseJson.write(ENGINE.assess(BUSY));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void sameJsonOnManyThreads() throws Exception {
        String expected = KnotwiseJson.write(ENGINE.assess(BUSY));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> KnotwiseJson.write(ENGINE.assess(BUSY)))).toList();
            for (Future<String> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
