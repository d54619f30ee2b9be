package org.knotwise.service.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.BuiltInRules;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A good change is served after a reload; a bad one never is, and /admin/status says why. */
class HotReloadTest {
    @TempDir
    Path tmp;

    static final String EXTRA_RULE = """

            rule "An extra rule for the reload test"
                @id("test.extra")
                @source("§ Test")
                @because("the reload test added it")
                ruleflow-group "expectations"
            when
                eval(false)
            then
            end
            """;

    static List<String> ruleIds(TestService s) {
        List<String> ids = new ArrayList<>();
        s.client.get("/v1/rules").json().path("rules").forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    static JsonNode status(TestService s) {
        return s.client.get("/admin/status").json();
    }

    @Test
    void aGoodChangeIsServedAfterReloadAndTheOldModuleIsReleased() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        try (TestService s = TestService.start(TestService.config(), Authenticator.NONE, Store.NONE, rules, RuleBaseLoader.PLAIN)) {
            String before = s.client.get("/readyz").json().path("ruleBase").asText();
            var firstModule = s.service.ruleBases().currentModule();
            assertThat(firstModule).as("a folder's rule base has a KIE module").isNotNull();
            assertThat(ruleIds(s)).doesNotContain("test.extra");

            Files.writeString(rules.resolve("with-what.drl"), EXTRA_RULE, java.nio.file.StandardOpenOption.APPEND);
            Answer reload = s.client.post("/admin/reload", "");
            assertThat(reload.status()).as(reload.body()).isEqualTo(200);
            assertThat(reload.json().path("reloaded").asBoolean()).isTrue();

            assertThat(ruleIds(s)).contains("test.extra");
            assertThat(s.client.get("/readyz").json().path("ruleBase").asText()).isNotEqualTo(before);
            assertThat(KieModuleJanitor.isHeld(firstModule)).as("old module released").isFalse();
            assertThat(KieModuleJanitor.isHeld(s.service.ruleBases().currentModule())).isTrue();
        }
    }

    @Test
    void aBrokenRuleFileLeavesTheOldRulesServingAndStatusNamesFileAndLine() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        try (TestService s = TestService.start(TestService.config(), Authenticator.NONE, Store.NONE, rules, RuleBaseLoader.PLAIN)) {
            String before = s.client.get("/readyz").json().path("ruleBase").asText();
            Files.writeString(rules.resolve("broken.drl"), "package org.knotwise.rules;\n\nrule \"broken\"\nwhen\n  this is not drl\nthen\nend\n");
            Answer reload = s.client.post("/admin/reload", "");
            assertThat(reload.status()).isEqualTo(422);
            JsonNode failure = status(s).path("lastFailure");
            assertThat(failure.path("problems").toString()).contains("broken.drl");
            assertThat(failure.path("problems").get(0).path("line").asInt()).isPositive();
            assertThat(s.client.get("/readyz").json().path("ruleBase").asText()).isEqualTo(before);
            assertThat(s.client.post("/v1/assess", Cases.WRIST).status()).isEqualTo(200);
            assertThat(status(s).path("reloads").path("failed").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aTypeErrorLeavesTheOldRulesServing() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        try (TestService s = TestService.start(TestService.config(), Authenticator.NONE, Store.NONE, rules, RuleBaseLoader.PLAIN)) {
            Files.writeString(rules.resolve("typed.drl"), """
                    package org.knotwise.rules;
                    import org.knotwise.engine.facts.*;

                    rule "A condition on a field that does not exist"
                        @id("test.typed")
                        @source("§ Test")
                        @because("it should not compile")
                        ruleflow-group "plan"
                    when
                        $p : Plan(noSuchField == 3)
                    then
                    end
                    """);
            assertThat(s.client.post("/admin/reload", "").status()).isEqualTo(422);
            assertThat(status(s).path("lastFailure").path("problems").toString()).contains("typed.drl");
            assertThat(ruleIds(s)).doesNotContain("test.typed");
        }
    }

    /** Until the gated loader (golden scenarios) is plugged in, a loader that checks one golden case stands for it. */
    @Test
    void aRuleBaseFailingAGoldenScenarioIsNeverServed() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        RuleBaseLoader gated = dir -> {
            Knotwise k = RuleBaseLoader.PLAIN.load(dir);
            var sites = k.assess(KnotwiseJson.readCase(Cases.WRIST)).candidateSites();
            String top = sites.isEmpty() ? "nothing" : sites.get(0).region();
            if (!top.equals("forearm-back")) {
                throw new IllegalStateException("golden scenario wrist-1: expected top site forearm-back, got " + top);
            }
            return k;
        };
        try (TestService s = TestService.start(TestService.config(), Authenticator.NONE, Store.NONE, rules, gated)) {
            // drop the rules that find trigger points and follow the map: the golden case has no site left
            Files.delete(rules.resolve("finding-trigger-points.drl"));
            Files.delete(rules.resolve("referred-pain.drl"));
            Answer reload = s.client.post("/admin/reload", "");
            assertThat(reload.status()).isEqualTo(422);
            assertThat(status(s).path("lastFailure").path("message").asText()).contains("golden scenario wrist-1");
            assertThat(s.client.post("/v1/assess", Cases.WRIST).json().path("candidateSites").get(0).path("region").asText())
                    .isEqualTo("forearm-back");
        }
    }

    @Test
    void theWatcherReloadsAfterAChangeWithoutFailingRequestsInFlight() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        try (TestService s = TestService.start(TestService.config().withReloadDebounce(200), Authenticator.NONE,
                Store.NONE, rules, RuleBaseLoader.PLAIN, true)) {
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger failures = new AtomicInteger();
            AtomicInteger served = new AtomicInteger();
            Thread load = new Thread(() -> {
                while (!stop.get() && served.get() < 100_000) {
                    int status = s.client.post("/v1/assess?explain=none", Cases.WRIST).status();
                    (status == 200 ? served : failures).incrementAndGet();
                }
            });
            load.start();
            Files.writeString(rules.resolve("with-what.drl"), EXTRA_RULE, java.nio.file.StandardOpenOption.APPEND);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!ruleIds(s).contains("test.extra") && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            stop.set(true);
            load.join(10_000);
            assertThat(ruleIds(s)).contains("test.extra");
            assertThat(failures.get()).isZero();
            assertThat(served.get()).isPositive();
            assertThat(s.service.ruleBases().reloadsOk()).isEqualTo(2);
        }
    }
}
