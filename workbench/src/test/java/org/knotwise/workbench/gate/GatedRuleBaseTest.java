package org.knotwise.workbench.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.kb.Problem;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A rules folder loads only when it compiles with type checking and passes its gate scenarios. */
class GatedRuleBaseTest {

    /** A calf case; the looping test rules make a plan for it, the minimal ones only note the region. */
    private static final String CALF = "{\"case\": {\"id\": \"calf\", \"complaint\": {\"regions\": [\"calf\"]}}, \"expect\": %s}";

    @TempDir
    Path dir;

    private Path folder(String testRules, String... scenarioLines) throws IOException, URISyntaxException {
        Path source = Path.of(GatedRuleBaseTest.class.getResource("/rules/" + testRules).toURI());
        try (var files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        if (scenarioLines.length > 0) {
            Files.createDirectories(dir.resolve("scenarios"));
            Files.write(dir.resolve("scenarios/gate.jsonl"), List.of(scenarioLines));
        }
        return dir;
    }

    @Test
    void aFolderThatPassesItsGateLoads() throws Exception {
        Path rules = folder("minimal", CALF.formatted("{\"selfCare\": false}"));

        Knotwise engine = GatedRuleBase.load(rules);

        assertThat(engine.ruleBase().rules()).hasSize(1);
        assertThat(GatedRuleBase.check(rules)).noneMatch(Problem::isError);
    }

    @Test
    void aFailingGateScenarioRefusesTheFolderNamingTheScenarioAndWhatWasExpected() throws Exception {
        Path rules = folder("minimal", "// a comment line", CALF.formatted("{\"selfCare\": true}"));

        RuleBaseException e = catchThrowableOfType(RuleBaseException.class, () -> GatedRuleBase.load(rules));

        assertThat(e).as("a rule base failing its gate must not load").isNotNull();
        assertThat(e.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(rules.resolve("scenarios/gate.jsonl").toString());
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("gate scenario calf failed", "selfCare: expected true, got false");
        });
        assertThat(GatedRuleBase.check(rules)).filteredOn(Problem::isError).hasSize(1);
    }

    @Test
    void rulesThatLoopAreRefusedNamingTheRulesThatKeptFiring() throws Exception {
        Path rules = folder("looping", CALF.formatted("{\"selfCare\": false}"));

        RuleBaseException e = catchThrowableOfType(RuleBaseException.class, () -> GatedRuleBase.load(rules));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("gate.jsonl:1", "ENGINE_FAILURE", "the rules kept firing", "test.gentle", "test.not-gentle");
    }

    @Test
    void aTypeErrorIsRefusedBeforeAnyScenarioRunsWithItsLine() throws Exception {
        Path rules = folder("minimal", CALF.formatted("{\"selfCare\": false}"));
        Path drl = rules.resolve("look-at-the-pain.drl");
        Files.writeString(drl, Files.readString(drl).replace("PainRegion()", "PainRegion(referrals >= \"ten\")"));

        List<Problem> problems = GatedRuleBase.check(rules);

        assertThat(problems).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("look-at-the-pain.drl");
            assertThat(p.line()).isEqualTo(15);
            assertThat(p.message()).startsWith("\"ten\" is text, but it is compared with a number");
        });
    }

    @Test
    void aGateFileThatDoesNotReadIsAnError() throws Exception {
        Path rules = folder("minimal", "{not json");

        assertThat(GatedRuleBase.check(rules)).filteredOn(Problem::isError).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("gate scenarios do not read", "gate.jsonl:1"));
    }
}
