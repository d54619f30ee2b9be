package org.knotwise.engine.session;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Complaint;
import org.knotwise.engine.model.ErrorCode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Two rules that undo each other would run for ever: the case stops at the bound, naming them. */
class FiringLimitTest {

    private static Knotwise looping() throws Exception {
        return Knotwise.withRules(Path.of(FiringLimitTest.class.getResource("/rules/looping").toURI()));
    }

    @Test
    void aLoopingCaseStopsAtTheBoundNamingTheRulesThatKeptFiring() throws Exception {
        Knotwise engine = looping();
        Case calf = new Case("k1", Complaint.of("calf"), List.of(), List.of(), null);

        // preemptive: without the bound this test would never end
        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertThatThrownBy(() -> engine.assess(calf))
                        .isInstanceOf(RunawayRulesException.class)
                        .satisfies(e -> assertThat(((RunawayRulesException) e).loopingRules())
                                .containsExactlyInAnyOrder("test.gentle", "test.not-gentle"))
                        .hasMessageContaining("stopped after " + CaseRun.FIRING_LIMIT + " firings")
                        .hasMessageNotContaining("test.plan"));
    }

    @Test
    void inABatchItIsTheCasesEngineFailureAndTheNextCaseStillRuns() throws Exception {
        CaseLineProcessor lines = new CaseLineProcessor(looping());

        CaseOutcome o = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> lines.process(
                new InputLine(1, "{\"id\":\"k1\",\"complaint\":{\"regions\":[\"calf\"]}}", null)));

        assertThat(o.error().code()).isEqualTo(ErrorCode.ENGINE_FAILURE);
        assertThat(o.error().message()).contains("the rules kept firing", "test.gentle", "test.not-gentle")
                .doesNotContain("Exception");
    }
}
