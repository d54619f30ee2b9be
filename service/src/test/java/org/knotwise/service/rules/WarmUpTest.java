package org.knotwise.service.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.http.Json;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.Cases;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.BuiltInRules;
import org.knotwise.service.support.TestService;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The first rule base assesses generated cases once the service listens (so the JIT compiles it), in the
 * background: the service answers meanwhile, {@code /readyz} says not ready until it is done. Those cases
 * really run, since a rule that fails on some of them stops the service, where without the warm-up the
 * same rules serve.
 */
class WarmUpTest {
    @TempDir
    Path tmp;

    private Path rulesThatFailOnSomeCases() throws Exception {
        return BuiltInRules.withARuleThatFailsOnSomeCases(tmp.resolve("rules"));
    }

    @Test
    void theWarmUpRunsTheRulesOnGeneratedCasesAndARuleThatFailsStopsTheService() throws Exception {
        Path rules = rulesThatFailOnSomeCases();
        try (TestService s = TestService.start(TestService.config().withWarmUpCases(2_000), Authenticator.NONE,
                Store.NONE, rules, RuleBaseLoader.PLAIN)) {
            assertThatThrownBy(() -> s.service.warmUp().get(5, TimeUnit.MINUTES))
                    .isInstanceOf(ExecutionException.class).hasStackTraceContaining("a rule failed");
            assertThat(s.service.isStopped()).as("stopped by the failed warm-up").isTrue();
        }
    }

    /** A warm-up far too long to end during the test: the service answers, correctly, and is not ready. */
    @Test
    void whileWarmingUpTheServiceAnswersButIsNotReady() throws Exception {
        String cold;
        try (TestService plain = TestService.start()) {
            cold = plain.client.post("/v1/assess", Cases.WRIST).body();
        }
        TestService s = TestService.start(TestService.config().withWarmUpCases(100_000_000), Authenticator.NONE,
                Store.NONE, null, RuleBaseLoader.PLAIN);
        try {
            assertThat(s.client.get("/healthz").status()).isEqualTo(200);
            Answer ready = s.client.get("/readyz");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.json().path("reason").asText()).contains("warming up", "100000000 generated cases");
            Answer a = s.client.post("/v1/assess", Cases.WRIST);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json()).isEqualTo(Json.parse(cold));
            assertThat(s.service.warmUp()).isNotDone();
        } finally {
            s.close();
        }
        assertThat(s.service.warmUp()).as("closing stops the warm-up").isCancelled();
    }

    @Test
    void onceWarmTheServiceIsReady() throws Exception {
        try (TestService s = TestService.start(TestService.config().withWarmUpCases(300), Authenticator.NONE,
                Store.NONE, null, RuleBaseLoader.PLAIN)) {
            assertThat(s.service.warmUp().get(5, TimeUnit.MINUTES).cases()).isEqualTo(300);
            assertThat(s.client.get("/readyz").status()).isEqualTo(200);
        }
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
