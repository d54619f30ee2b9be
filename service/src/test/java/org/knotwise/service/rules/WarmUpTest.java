package org.knotwise.service.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.BuiltInRules;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule base assesses generated cases before it is served (so the JIT has compiled it); a rule base that
 * fails on one of them is refused like one that does not compile, and the old one keeps serving.
 */
class WarmUpTest {
    @TempDir
    Path tmp;

    /** Throws on a case that only some generated cases are: one who has kept at massage for more than 45 days. */
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

    @Test
    void aRuleBaseThatFailsOnAGeneratedCaseIsNeverServed() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        try (TestService s = TestService.start(TestService.config().withWarmUpCases(2_000), Authenticator.NONE,
                Store.NONE, rules, RuleBaseLoader.PLAIN)) {
            String served = s.client.get("/admin/status").json().path("ruleBase").path("version").asText();
            Files.writeString(rules.resolve("throws.drl"), THROWS_ON_SOME_CASES);

            assertThat(s.client.post("/admin/reload", "").status()).isEqualTo(422);
            assertThat(HotReloadTest.status(s).path("lastFailure").path("message").asText()).contains("a rule failed");
            assertThat(HotReloadTest.ruleIds(s)).doesNotContain("test.throws");
            assertThat(s.client.get("/admin/status").json().path("ruleBase").path("version").asText()).isEqualTo(served);
            assertThat(s.client.post("/v1/assess", Cases.WRIST).status()).isEqualTo(200);
        }
    }

    @Test
    void withoutAWarmUpTheSameRuleBaseIsServed() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        try (TestService s = TestService.start(TestService.config().withWarmUpCases(0), Authenticator.NONE,
                Store.NONE, rules, RuleBaseLoader.PLAIN)) {
            Files.writeString(rules.resolve("throws.drl"), THROWS_ON_SOME_CASES);

            assertThat(s.client.post("/admin/reload", "").status()).isEqualTo(200);
            assertThat(HotReloadTest.ruleIds(s)).contains("test.throws");
        }
    }
}
