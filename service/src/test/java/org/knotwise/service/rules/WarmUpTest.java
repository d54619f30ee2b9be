package org.knotwise.service.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.BuiltInRules;
import org.knotwise.service.support.TestService;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first rule base assesses generated cases before the service listens (so the JIT has compiled it):
 * those cases really run, since a rule that fails on some of them stops the start, where without the
 * warm-up the same rules start.
 */
class WarmUpTest {
    @TempDir
    Path tmp;

    /** Throws on some generated cases only: those who have kept at massage for more than 45 days. */
    private static final String THROWS_ON_SOME_CASES = """
            package org.knotwise.rules;
            import org.knotwise.engine.facts.*;

            rule "Fails on a long massage history"
                @id("test.throws")
                @source("§ Test")
                @because("the warm-up test needs a rule that fails on some cases only")
                ruleflow-group "plan"
            when
                MassageHistory(days != null, days > 45)
            then
                throw new IllegalStateException("a rule failed");
            end
            """;

    private Path rulesThatFailOnSomeCases() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        Files.writeString(rules.resolve("throws.drl"), THROWS_ON_SOME_CASES);
        return rules;
    }

    @Test
    void theWarmUpRunsTheRulesOnGeneratedCasesBeforeTheServiceStarts() throws Exception {
        Path rules = rulesThatFailOnSomeCases();
        assertThatThrownBy(() -> TestService.start(TestService.config().withWarmUpCases(2_000), Authenticator.NONE,
                Store.NONE, rules, RuleBaseLoader.PLAIN).close())
                .hasStackTraceContaining("a rule failed");
    }

    @Test
    void withoutAWarmUpTheSameRulesStart() throws Exception {
        Path rules = rulesThatFailOnSomeCases();
        try (TestService s = TestService.start(TestService.config().withWarmUpCases(0), Authenticator.NONE,
                Store.NONE, rules, RuleBaseLoader.PLAIN)) {
            assertThat(HotReloadTest.ruleIds(s)).contains("test.throws");
        }
    }
}
