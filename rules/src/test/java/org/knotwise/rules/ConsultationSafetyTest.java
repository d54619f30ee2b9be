package org.knotwise.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
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
        assertThat(calf).startsWith("complaint.onset");
        assertThat(calf).contains("complaint.swelling");
        List<String> neck = safetyQuestions(afterRegions("neck-back"));
        assertThat(neck).doesNotContain("complaint.onset", "complaint.swelling", "person.age");
        assertThat(safetyQuestions(afterRegions("temple"))).startsWith("person.age");
    }

    @Test
    void aSuddenCalfPainStopsSwellingFromMattering() {
        ConsultState state = afterRegions("calf").answer("redFlags", JSON.arrayNode())
                .answer("complaint.onset", JSON.textNode("sudden"));
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        assertThat(step.question().path()).isNotEqualTo("complaint.swelling");
        assertThat(step.assessment().professional().reasons()).contains("POSSIBLE_CLOT");
    }

    @Test
    void aQuestionIsNeverAnsweredTwice() {
        ConsultState state = afterRegions("calf");
        assertThatThrownBy(() -> state.answer("complaint.regions", JSON.arrayNode().add("calf")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asked already");
    }

    /** The questions asked while every answer is "not sure" or "no", up to the first that is not a caution's. */
    private static List<String> safetyQuestions(ConsultState start) {
        ConsultState state = start.answer("redFlags", JSON.arrayNode());
        List<String> asked = new ArrayList<>();
        Step step = ConsultationEqualityTest.CONSULTANT.next(state);
        while (!step.done() && List.of("complaint.onset", "complaint.swelling", "person.age", "person.anticoagulants",
                "person.pregnant").contains(step.question().path())) {
            asked.add(step.question().path());
            state = state.answer(step.question().path(), JSON.nullNode());
            step = ConsultationEqualityTest.CONSULTANT.next(state);
        }
        return asked;
    }
}
