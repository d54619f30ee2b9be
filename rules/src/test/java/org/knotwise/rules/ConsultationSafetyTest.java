package org.knotwise.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.knotwise.workbench.consult.AskedQuestion;
import org.knotwise.workbench.consult.Askable;
import org.knotwise.workbench.consult.ConsultState;
import org.knotwise.workbench.consult.Step;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Safety comes first: the red flags right after where it hurts; a yes means no plan, and only what can raise
 * the urgency or change the cautions is asked after it (nothing once it is an emergency); the cautions' inputs
 * only where they count, onset and swelling with "not sure" as an answer of its own.
 */
class ConsultationSafetyTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static ConsultState afterRegions(String... regions) {
        ArrayNode r = JSON.arrayNode();
        for (String region : regions) {
            r.add(region);
        }
        return ConsultState.start().answer("complaint.regions", r);
    }

    @Test
    void theRedFlagsAreTheFirstQuestionAfterWhereItHurts() {
        Step first = ConsultationEqualityTest.CONSULTANT.next(ConsultState.start());
        assertThat(first.question().path()).isEqualTo("complaint.regions");
        assertThat(first.assessment()).isNull();
        Step second = ConsultationEqualityTest.CONSULTANT.next(afterRegions("neck-back"));
        assertThat(second.question().path()).isEqualTo("redFlags");
        assertThat(second.question().choices()).extracting(c -> c.value().asText())
                .containsExactlyInAnyOrderElementsOf(org.knotwise.kb.Vocabulary.RED_FLAGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"numbness-or-weakness", "bowel-or-bladder-change", "saddle-numbness", "fever",
            "unexplained-weight-loss", "recent-trauma", "night-pain", "chest-pain", "cancer-history", "rapidly-worsening",
            "shortness-of-breath", "fainting", "confusion", "stiff-neck", "vision-change", "vomiting",
            "blood-in-stool-vomit-or-urine", "rash"})
    void aRedFlagYesMeansNoPlanAndAsksOnlyWhatRaisesTheUrgencyOrChangesTheCautions(String flag) {
        ConsultState state = afterRegions("low-back").answer("redFlags", JSON.arrayNode().add(flag));
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        String urgency = step.assessment().professional().urgency();
        assertThat(urgency).isIn("urgent", "emergency");
        if (urgency.equals("emergency")) {
            assertThat(step.done()).as("an emergency: nothing can raise it, so nothing more is asked").isTrue();
        }
        int questions = 0;
        while (!step.done()) {
            assertThat(step.redFlag()).isTrue();
            assertThat(step.question().paths()).as("only the complaint's and the person's inputs, which the safety checks read")
                    .allMatch(p -> p.startsWith("complaint.") || p.startsWith("person."));
            state = state.answer(step.question(), unknownOrNone(step.question()));
            step = ConsultationEqualityTest.CONSULTANT.next(state);
            questions++;
        }
        assertThat(questions).isLessThanOrEqualTo(8);
        assertThat(step.redFlag()).isTrue();
        assertThat(step.question()).isNull();
        assertThat(step.assessment().selfCare()).isFalse();
        assertThat(step.assessment().technique()).isNull();
        assertThat(step.assessment().candidateSites()).isEmpty();
        assertThat(step.assessment().professional().urgency()).isIn("urgent", "emergency");
        assertThat(step.assessment().professional().reasons()).contains("RED_FLAG");
    }

    @Test
    void aRedFlagWithASuddenSevereHeadacheIsAnEmergencyAndNothingMoreIsAsked() {
        ConsultState state = afterRegions("temple").answer("redFlags", JSON.arrayNode().add("night-pain"));
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        assertThat(step.done()).isFalse();
        assertThat(step.redFlag()).isTrue();
        assertThat(step.assessment().professional().urgency()).isEqualTo("urgent");

        state = state.answer("complaint.severity", JSON.numberNode(9));
        step = ConsultationEqualityTest.CONSULTANT.next(state);
        assertThat(step.question().path()).as("sudden and severe at the temple is an emergency").isEqualTo("complaint.onset");
        step = ConsultationEqualityTest.CONSULTANT.next(state.answer(step.question(), JSON.textNode("sudden")));
        assertThat(step.done()).isTrue();
        assertThat(step.redFlag()).isTrue();
        assertThat(step.assessment().professional().urgency()).isEqualTo("emergency");
        assertThat(step.assessment().professional().reasons()).contains("RED_FLAG", "SUDDEN_SEVERE");
    }

    @Test
    void aRedFlagWithSuddenChestPainSpreadingToTheArmIsAnEmergency() {
        ConsultState state = afterRegions("chest", "upper-arm-front").answer("redFlags", JSON.arrayNode().add("recent-trauma"));
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        assertThat(step.question().path()).isEqualTo("complaint.onset");
        step = ConsultationEqualityTest.CONSULTANT.next(state.answer(step.question(), JSON.textNode("sudden")));
        assertThat(step.done()).isTrue();
        assertThat(step.assessment().professional().urgency()).isEqualTo("emergency");
        assertThat(step.assessment().professional().reasons()).contains("RED_FLAG", "HEART_SIGNS");
    }

    @Test
    void aRedFlagThatIsAnEmergencyEndsTheConsultationAtOnce() {
        Step step = ConsultationEqualityTest.CONSULTANT.next(afterRegions("calf").answer("redFlags", JSON.arrayNode().add("chest-pain")));
        assertThat(step.done()).isTrue();
        assertThat(step.redFlag()).isTrue();
        assertThat(step.question()).isNull();
        assertThat(step.assessment().professional().urgency()).isEqualTo("emergency");
    }

    @Test
    void aRedFlagStillAsksWhatAddsACaution() {
        ConsultState state = afterRegions("calf").answer("redFlags", JSON.arrayNode().add("night-pain"));
        List<String> asked = new ArrayList<>();
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        while (!step.done()) {
            asked.addAll(step.question().paths());
            state = state.answer(step.question(), unknownOrNone(step.question()));
            step = ConsultationEqualityTest.CONSULTANT.next(state);
        }
        // a clot (urgent, emergency with chest pain), swelling, a child, blood thinners, pregnancy, nerve pain, severe pain
        assertThat(asked).contains("complaint.onset", "complaint.swelling", "person.age", "person.anticoagulants",
                "person.pregnant", "complaint.quality", "complaint.severity");
        assertThat(asked).doesNotContain("complaint.side", "history", "spots");
        assertThat(step.assessment().cautionCodes()).contains("CLOT_CHECK");
    }

    @Test
    void whatTheSection83PatternsNeedIsAskedBeforeTheConsultationStops() {
        // contract §8.3: onset and swelling for leg pain, pregnancy for abdomen or groin pain, age for back pain
        assertThat(safetyQuestions(afterRegions("calf"))).startsWith("complaint.onset", "complaint.swelling");
        assertThat(safetyQuestions(afterRegions("thigh-inner"))).contains("complaint.onset", "complaint.swelling");
        assertThat(safetyQuestions(afterRegions("abdomen"))).contains("person.pregnant");
        assertThat(safetyQuestions(afterRegions("groin"))).contains("person.pregnant");
        assertThat(safetyQuestions(afterRegions("low-back"))).contains("person.age");
        assertThat(safetyQuestions(afterRegions("temple"))).contains("person.age");
    }

    @Test
    void onsetAndSwellingAreAskedWithNotSureThenTheYesOrNoCautionsAsOneChecklist() {
        ConsultState state = afterRegions("calf").answer("redFlags", JSON.arrayNode());
        AskedQuestion onset = ConsultationEqualityTest.CONSULTANT.next(state).question();
        assertThat(onset.path()).isEqualTo("complaint.onset");
        assertThat(onset.kind()).isEqualTo(Askable.Kind.ONE);
        assertThat(onset.choices()).extracting(c -> c.value().isNull() ? "not sure" : c.value().asText())
                .containsExactly("sudden", "gradual", "not sure");
        state = state.answer(onset, JSON.textNode("gradual"));
        AskedQuestion swelling = ConsultationEqualityTest.CONSULTANT.next(state).question();
        assertThat(swelling.path()).isEqualTo("complaint.swelling");
        assertThat(swelling.choices()).extracting(c -> c.value().isNull() ? "not sure" : c.value().asText())
                .containsExactly("true", "false", "not sure");

        // 'not sure' and 'no' are different answers: CLOT_CHECK (contract §8.3) tells them apart
        Step notSure = ConsultationEqualityTest.CONSULTANT.next(state.answer(swelling, JSON.nullNode()));
        Step no = ConsultationEqualityTest.CONSULTANT.next(state.answer(swelling, JSON.booleanNode(false)));
        assertThat(notSure.assessment().cautionCodes()).contains("CLOT_CHECK");
        assertThat(no.assessment().cautionCodes()).doesNotContain("CLOT_CHECK");
        ConsultState unsure = afterRegions("calf").answer("redFlags", JSON.arrayNode()).answer(onset, JSON.nullNode())
                .answer(swelling, JSON.booleanNode(false));
        assertThat(ConsultationEqualityTest.CONSULTANT.next(unsure).assessment().cautionCodes()).contains("CLOT_CHECK");

        state = state.answer(swelling, JSON.booleanNode(false));
        AskedQuestion age = ConsultationEqualityTest.CONSULTANT.next(state).question();
        assertThat(age.path()).as("a child gets no self-massage plan, wherever it hurts").isEqualTo("person.age");
        state = state.answer(age, JSON.numberNode(40));
        AskedQuestion q = ConsultationEqualityTest.CONSULTANT.next(state).question();
        assertThat(q.path()).isEqualTo("cautions");
        assertThat(q.kind()).isEqualTo(Askable.Kind.CHECKLIST);
        assertThat(q.paths()).containsExactly("person.anticoagulants", "person.pregnant");
        assertThat(q.choices()).extracting(c -> c.value().asText())
                .containsExactly("person.anticoagulants=true", "person.pregnant=true");

        // choosing blood thinners fills both: the chosen one, and 'no' for the other
        ConsultState after = state.answer(q, JSON.arrayNode().add("person.anticoagulants=true"));
        assertThat(after.asked()).containsSubsequence("complaint.onset", "complaint.swelling", "person.age",
                "person.anticoagulants", "person.pregnant");
        assertThat(after.partial().get("person.anticoagulants").asBoolean()).isTrue();
        assertThat(after.partial().get("person.pregnant").asBoolean()).isFalse();
        assertThat(after.partial().get("complaint.onset").asText()).isEqualTo("gradual");
        Step next = ConsultationEqualityTest.CONSULTANT.next(after);
        assertThat(next.assessment().cautions()).anyMatch(c -> c.code().equals("BLOOD_THINNERS"));
        assertThat(next.assessment().cautionCodes()).doesNotContain("CLOT_CHECK");
        assertThat(next.question() == null ? List.of() : next.question().paths())
                .doesNotContain("complaint.onset", "complaint.swelling", "person.age", "person.anticoagulants", "person.pregnant");
    }

    @Test
    void swellingIsAChecklistLineWhereNoAndNotSureGiveTheSameAdvice() {
        AskedQuestion neck = ConsultationEqualityTest.CONSULTANT.next(afterRegions("neck-back").answer("redFlags", JSON.arrayNode())).question();
        assertThat(neck.path()).isEqualTo("cautions");
        assertThat(neck.paths()).containsExactly("complaint.swelling", "person.anticoagulants", "person.pregnant");
        ConsultState none = afterRegions("neck-back").answer("redFlags", JSON.arrayNode()).answer(neck, JSON.arrayNode());
        assertThat(none.partial().get("complaint.swelling").asBoolean(true)).as("an unchosen line: no").isFalse();

        // a calf whose onset is not known: CLOT_CHECK stands whether the swelling is 'no' or 'not sure'
        ConsultState calf = afterRegions("calf").answer("redFlags", JSON.arrayNode()).answer("complaint.onset", JSON.nullNode());
        AskedQuestion q = ConsultationEqualityTest.CONSULTANT.next(calf).question();
        assertThat(q.path()).isEqualTo("cautions");
        assertThat(q.paths()).startsWith("complaint.swelling");
        assertThat(ConsultationEqualityTest.CONSULTANT.next(calf.answer(q, JSON.arrayNode())).assessment().cautionCodes())
                .contains("CLOT_CHECK");
    }

    @Test
    void aChecklistRefusesAnItemItDidNotOfferAndTwoLinesAboutOneField() {
        ConsultState state = afterRegions("calf").answer("redFlags", JSON.arrayNode())
                .answer("complaint.onset", JSON.textNode("gradual")).answer("complaint.swelling", JSON.booleanNode(false))
                .answer("person.age", JSON.numberNode(40));
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        assertThat(step.question().path()).isEqualTo("cautions");
        assertThatThrownBy(() -> state.answer(step.question(), JSON.arrayNode().add("person.age=60")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not one of this question's items");
        AskedQuestion spot = ConsultationEqualityTest.CONSULTANT.next(state.answer(step.question(), JSON.arrayNode())
                .answer("spots", JSON.arrayNode().add("calf"))).question();
        assertThat(spot.path()).isEqualTo("spots[calf]");
        assertThatThrownBy(() -> spot.checklistValues(JSON.arrayNode().add("spots[calf].relevant=true").add("spots[calf].relevant=false")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most one");
    }

    @Test
    void aSuddenCalfPainStopsSwellingFromMattering() {
        ConsultState state = afterRegions("calf").answer("redFlags", JSON.arrayNode())
                .answer("complaint.onset", JSON.textNode("sudden"));
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        assertThat(step.question() == null ? List.of() : step.question().paths()).doesNotContain("complaint.swelling");
        assertThat(step.assessment().professional().reasons()).contains("POSSIBLE_CLOT");
    }

    @Test
    void aQuestionIsNeverAnsweredTwice() {
        ConsultState state = afterRegions("calf");
        assertThatThrownBy(() -> state.answer("complaint.regions", JSON.arrayNode().add("calf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asked already");
    }

    /** The fields the cautions' questions ask while every answer is "none" or "not sure", in order. */
    private static List<String> safetyQuestions(ConsultState start) {
        ConsultState state = start.answer("redFlags", JSON.arrayNode());
        List<String> asked = new ArrayList<>();
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        List<String> cautions = List.of("cautions", "complaint.onset", "complaint.swelling", "person.age",
                "person.anticoagulants", "person.pregnant");
        while (!step.done() && cautions.contains(step.question().path())) {
            asked.addAll(step.question().paths());
            state = state.answer(step.question(), unknownOrNone(step.question()));
            step = ConsultationEqualityTest.CONSULTANT.next(state);
        }
        return asked;
    }

    /** "None" for a list or a checklist, "not sure" for anything else. */
    private static com.fasterxml.jackson.databind.JsonNode unknownOrNone(AskedQuestion q) {
        return q.kind() == Askable.Kind.CHECKLIST || q.kind() == Askable.Kind.MANY ? JSON.arrayNode() : JSON.nullNode();
    }
}
