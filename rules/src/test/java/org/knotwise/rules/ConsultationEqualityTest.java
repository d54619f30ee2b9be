package org.knotwise.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.workbench.consult.AnswersFromCase;
import org.knotwise.workbench.consult.Consultant;
import org.knotwise.workbench.consult.PartialCase;
import org.knotwise.workbench.consult.QuestionBook;
import org.knotwise.workbench.consult.Reading;
import org.knotwise.workbench.generate.CaseGenerator;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consultation's promise: answering its questions from a full case ends with exactly the assessment the
 * full case gets (all a person reads: everything but the explanation), for every scenario case and for
 * generated ones. A case with a red flag (no plan follows) ends with the full case's urgency and, short of an
 * emergency (which ends it at once), its cautions, never asking about spots or the massage so far.
 * The full case is taken as a consultation records it: one spot per region (the first listed).
 */
class ConsultationEqualityTest {
    private static final org.knotwise.engine.Knotwise ENGINE = RuleTesting.ENGINE;
    static final Consultant CONSULTANT = new Consultant(RuleTesting.ENGINE,
            QuestionBook.load(null, RuleTesting.ENGINE.ruleBase().rules()));
    /**
     * The 5,000 generated cases, on every core (the consultant is thread-safe; the cases are drawn in
     * order first, so the set does not depend on the threads). {@code -Dknotwise.consult.generated=N} to change.
     */
    private static final int GENERATED = Integer.getInteger("knotwise.consult.generated", 5000);

    @TestFactory
    Stream<DynamicTest> everyScenarioCaseEndsWithItsOwnAssessment() throws IOException, URISyntaxException {
        Path dir = Path.of(ConsultationEqualityTest.class.getResource("/scenarios").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (Scenario s : ScenarioFiles.readJsonLines(file)) {
                    if (!s.expect().has("error") && isValid(s.caseNode())) {
                        tests.add(DynamicTest.dynamicTest(s.origin() + " " + s.name(), () -> checkEquality(s.caseNode())));
                    }
                }
            }
        }
        assertThat(tests).hasSizeGreaterThan(50);
        return tests.stream();
    }

    @Test
    void generatedCasesEndWithTheirOwnAssessment() {
        CaseGenerator generator = new CaseGenerator(20_251_111L);
        List<JsonNode> cases = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            cases.add(generator.nextCaseNode());
        }
        List<String> failures = cases.parallelStream().map(full -> {
            try {
                checkEquality(full);
                return null;
            } catch (AssertionError | RuntimeException e) {
                return full + "\n" + e.getMessage();
            }
        }).filter(java.util.Objects::nonNull).toList();
        assertThat(failures).as(failures.size() + " of " + GENERATED + " generated cases").isEmpty();
    }

    static void checkEquality(JsonNode fullCase) {
        AnswersFromCase answers = new AnswersFromCase(fullCase);
        AnswersFromCase.Transcript t = answers.consult(CONSULTANT);
        Assessment full = RuleTesting.ENGINE.assess(KnotwiseJson.readCase(answers.recordable()));
        assertThat(t.asked()).as("never a question twice").doesNotHaveDuplicates();
        assertThat(t.questions()).as("never a question twice").doesNotHaveDuplicates();
        assertThat(t.asked()).as("the pain regions open, the red flags come next").startsWith("complaint.regions", "redFlags");
        if (!full.professional().reasons().contains("RED_FLAG")) {
            assertThat(json(Reading.of(t.assessment()))).as("asked " + t.asked() + "\nfinished " + t.finished())
                    .isEqualTo(json(Reading.of(full)));
            assertThat(t.last().redFlag()).isFalse();
        } else {
            String asked = "asked " + t.asked() + "\nfinished " + t.finished();
            assertThat(t.last().redFlag()).isTrue();
            assertThat(t.assessment().selfCare()).isFalse();
            assertThat(t.assessment().technique()).isNull();
            assertThat(t.assessment().professional().reasons()).contains("RED_FLAG");
            assertThat(t.assessment().professional().urgency()).as(asked).isEqualTo(full.professional().urgency());
            if (!"emergency".equals(full.professional().urgency())) { // an emergency ends it at once, cautions or not
                assertThat(t.assessment().cautions()).as(asked).isEqualTo(full.cautions());
            }
            assertThat(t.asked()).as("after a red flag no plan follows: nothing about spots or the massage so far")
                    .noneMatch(p -> p.startsWith("spots") || p.startsWith("history"));
        }
    }

    private static String json(Assessment a) {
        return KnotwiseJson.write(a);
    }

    private static boolean isValid(JsonNode caseNode) {
        try {
            ENGINE.assess(KnotwiseJson.readCase(caseNode));
            return true;
        } catch (InvalidCaseException e) {
            return false;
        }
    }
}
