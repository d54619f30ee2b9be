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

/** Safety comes first: the red flags right after where it hurts, a yes ends it; cautions' inputs only where they count. */
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
        assertThat(second.question().choices()).hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"numbness-or-weakness", "bowel-or-bladder-change", "saddle-numbness", "fever",
            "unexplained-weight-loss", "recent-trauma", "night-pain", "chest-pain", "cancer-history", "rapidly-worsening"})
    void aRedFlagYesEndsTheConsultationWithUrgentAdvice(String flag) {
        ConsultState state = afterRegions("low-back").answer("redFlags", JSON.arrayNode().add(flag));
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        assertThat(step.done()).isTrue();
        assertThat(step.redFlag()).isTrue();
        assertThat(step.question()).isNull();
        assertThat(step.assessment().selfCare()).isFalse();
        assertThat(step.assessment().technique()).isNull();
        assertThat(step.assessment().professional().urgency()).isIn("urgent", "emergency");
        assertThat(step.assessment().professional().reasons()).contains("RED_FLAG");
    }

    @Test
    void onsetAndSwellingAreAskedForACalfButNotForANeck() {
        List<String> calf = safetyQuestions(afterRegions("calf"));
        assertThat(calf).startsWith("complaint.onset", "complaint.swelling");
        List<String> neck = safetyQuestions(afterRegions("neck-back"));
        assertThat(neck).doesNotContain("complaint.onset", "complaint.swelling", "person.age");
        assertThat(safetyQuestions(afterRegions("temple"))).contains("person.age");
    }

    @Test
    void theCautionsThatMatterAreOneChecklistAskedRightAfterTheRedFlags() {
        Step step = ConsultationEqualityTest.CONSULTANT.next(afterRegions("calf").answer("redFlags", JSON.arrayNode()));
        AskedQuestion q = step.question();
        assertThat(q.path()).isEqualTo("cautions");
        assertThat(q.kind()).isEqualTo(Askable.Kind.CHECKLIST);
        assertThat(q.paths()).containsExactly("complaint.onset", "complaint.swelling", "person.anticoagulants", "person.pregnant");
        assertThat(q.choices()).extracting(c -> c.value().asText())
                .containsExactly("complaint.onset=sudden", "complaint.swelling=true", "person.anticoagulants=true", "person.pregnant=true");

        // choosing blood thinners fills all four: the chosen one, and what the others leave when unchosen
        ConsultState after = afterRegions("calf").answer("redFlags", JSON.arrayNode())
                .answer(q, JSON.arrayNode().add("person.anticoagulants=true"));
        assertThat(after.asked()).containsSubsequence("complaint.onset", "complaint.swelling", "person.anticoagulants", "person.pregnant");
        assertThat(after.partial().get("person.anticoagulants").asBoolean()).isTrue();
        assertThat(after.partial().get("complaint.swelling").asBoolean()).isFalse();
        assertThat(after.partial().get("complaint.onset")).as("not sudden is not 'gradual': it stays unknown").isNull();
        Step next = ConsultationEqualityTest.CONSULTANT.next(after);
        assertThat(next.assessment().cautions()).anyMatch(c -> c.code().equals("BLOOD_THINNERS"));
        assertThat(next.question() == null ? List.of() : next.question().paths())
                .doesNotContain("complaint.onset", "complaint.swelling", "person.anticoagulants", "person.pregnant");
    }

    @Test
    void aChecklistRefusesAnItemItDidNotOfferAndTwoLinesAboutOneField() {
        Step step = ConsultationEqualityTest.CONSULTANT.next(afterRegions("calf").answer("redFlags", JSON.arrayNode()));
        ConsultState state = afterRegions("calf").answer("redFlags", JSON.arrayNode());
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
            state = state.answer(step.question(), step.question().kind() == Askable.Kind.CHECKLIST ? JSON.arrayNode() : JSON.nullNode());
            step = ConsultationEqualityTest.CONSULTANT.next(state);
        }
        return asked;
    }
}
