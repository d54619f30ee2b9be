package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.model.Assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers every question from a complete case, as its author would: for tests (the consultation must end
 * with the full case's assessment) and for measuring how many questions it takes.
 */
public final class AnswersFromCase {
    /** A bound on a consultation's length; a longer one is a bug, not a person with many answers. */
    static final int MAX_QUESTIONS = 200;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode full;
    private final PartialCase fullCase;

    /** @param fullCase the complete case; a consultation records one spot per region (see {@link PartialCase#asRecordable}) */
    public AnswersFromCase(JsonNode fullCase) {
        this.full = PartialCase.asRecordable(fullCase);
        this.fullCase = PartialCase.of(full);
    }

    /** The case the answers come from, as a consultation can record it. */
    public ObjectNode recordable() {
        return full.deepCopy();
    }

    /**
     * The whole consultation: every field asked (paths, in order), the questions put (one per question, so a
     * checklist is one), the last step, the finished case.
     */
    public record Transcript(List<String> asked, List<String> questions, Step last, PartialCase finished) {
        public Assessment assessment() {
            return last.assessment();
        }
    }

    public Transcript consult(Consultant consultant) {
        ConsultState state = ConsultState.start();
        List<String> questions = new ArrayList<>();
        Step step = consultant.next(state);
        while (!step.done()) {
            if (questions.size() >= MAX_QUESTIONS) {
                throw new IllegalStateException("more than " + MAX_QUESTIONS + " questions: " + questions);
            }
            questions.add(step.question().path());
            state = state.answer(step.question(), answer(step.question(), state));
            step = consultant.next(state);
        }
        return new Transcript(state.asked(), questions, step, state.partial());
    }

    /** The answer the full case gives to a question. */
    public JsonNode answer(AskedQuestion q, ConsultState state) {
        String path = q.path();
        if (q.kind() == Askable.Kind.CHECKLIST) {
            ArrayNode chosen = JSON.arrayNode();
            for (Item item : q.items()) {
                if (item.value().equals(fullValue(item.path()))) {
                    chosen.add(item.id());
                }
            }
            return chosen;
        }
        if (q.field() == Askable.SPOTS_WHERE) {
            ArrayNode places = JSON.arrayNode();
            fullCase.spotRegions().forEach(places::add);
            return places;
        }
        if (q.field() == Askable.HISTORY) {
            return JSON.booleanNode(fullCase.hasHistory());
        }
        if (q.field() == Askable.RED_FLAGS || q.field() == Askable.QUALITY) {
            JsonNode v = fullCase.get(path);
            return v == null ? JSON.arrayNode() : v;
        }
        JsonNode v = fullValue(path);
        return v == null ? NullNode.getInstance() : v;
    }

    /** The full case's value at a field path; a spot's tenderness as {@code spots[R]} answers it. */
    private JsonNode fullValue(String path) {
        String region = Paths.spotRegion(path);
        if (region == null) {
            return fullCase.get(path);
        }
        JsonNode spot = fullCase.spot(region);
        if (path.indexOf('.') < 0) {
            return JSON.textNode(spot == null ? Askable.NOT_PRESSED
                    : spot.path("tender").asBoolean(false) ? Askable.TENDER : Askable.NOT_TENDER);
        }
        if (spot == null) {
            return null;
        }
        JsonNode v = spot.get(path.substring(path.indexOf("].") + 2));
        if (v == null || v.isNull()) {
            // bump and fibres default to false in the contract; goodPain and relevant stay unknown
            String prop = path.substring(path.indexOf("].") + 2);
            return prop.equals("bumpOrTwitch") || prop.equals("fibreDirectionKnown") ? JSON.booleanNode(false) : null;
        }
        return v;
    }
}
