package org.knotwise.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.Store;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.BuiltInRules;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One identifier for one rule base: the assessment's {@code ruleBase.digest}, the {@code X-Knotwise-Rule-Base}
 * header, {@code GET /v1/rules} and {@code /readyz} say the same value, for the built-in rules and for a folder,
 * and an edit changes it everywhere at once.
 */
class RuleBaseIdentifierTest {
    @TempDir
    Path tmp;

    @Test
    void theBuiltInRulesHaveOneIdentifier() throws Exception {
        try (TestService s = TestService.start()) {
            String digest = sameEverywhere(s);
            assertThat(digest).isEqualTo(org.knotwise.engine.Knotwise.builtIn().ruleBase().identity().digest());
        }
    }

    @Test
    void aRulesFolderHasOneIdentifierAndAnEditChangesItEverywhere() throws Exception {
        Path rules = BuiltInRules.copyTo(tmp.resolve("rules"));
        try (TestService s = TestService.start(TestService.config(), Authenticator.NONE, Store.NONE, rules, RuleBaseLoader.PLAIN)) {
            String before = sameEverywhere(s);
            Path file = Files.list(rules).filter(f -> f.toString().endsWith(".drl")).sorted().findFirst().orElseThrow();
            Files.writeString(file, Files.readString(file) + "\n// edited\n");
            assertThat(s.client.post("/admin/reload", "").status()).isEqualTo(200);
            assertThat(sameEverywhere(s)).isNotEqualTo(before);
        }
    }

    /** The digest each answer gives, checked equal, with the rule base's name and version as the assessment has them. */
    private static String sameEverywhere(TestService s) {
        Answer assess = s.client.post("/v1/assess", Cases.WRIST);
        assertThat(assess.status()).as(assess.body()).isEqualTo(200);
        JsonNode stamp = assess.json().path("ruleBase");
        String digest = stamp.path("digest").asText();
        assertThat(digest).matches("[0-9a-f]{64}");

        Answer rules = s.client.get("/v1/rules");
        JsonNode listed = rules.json().path("ruleBase");
        assertThat(assess.header(ApiEndpoints.RULE_BASE_HEADER)).as("assess header").isEqualTo(digest);
        assertThat(rules.header(ApiEndpoints.RULE_BASE_HEADER)).as("rules header").isEqualTo(digest);
        assertThat(listed.path("digest").asText()).as("GET /v1/rules").isEqualTo(digest);
        assertThat(listed.path("name").asText()).isEqualTo(stamp.path("name").asText());
        assertThat(listed.path("version").asText()).isEqualTo(stamp.path("version").asText());
        assertThat(s.client.get("/readyz").json().path("ruleBase").asText()).as("/readyz").isEqualTo(digest);
        assertThat(s.client.post("/v1/consult", "{}").header(ApiEndpoints.RULE_BASE_HEADER)).as("consult header").isEqualTo(digest);
        return digest;
    }
}
