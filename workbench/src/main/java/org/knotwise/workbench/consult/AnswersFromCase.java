package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** The whole consultation: every question asked (paths, in order), the last step, the finished case. */
    public record Transcript(List<String> asked, Step last, PartialCase finished) {
        public Assessment assessment() {
            return last.assessment();
        }
    }

    public Transcript consult(Consultant consultant) {
        ConsultState state = ConsultState.start();
        List<String> asked = new ArrayList<>();
        Step step = consultant.next(state);
        while (!step.done()) {
            if (asked.size() >= MAX_QUESTIONS) {
                throw new IllegalStateException("more than " + MAX_QUESTIONS + " questions: " + asked);
            }
            String path = step.question().path();
            asked.add(path);
            state = state.answer(path, answer(step.question(), state));
            step = consultant.next(state);
        }
        return new Transcript(asked, step, state.partial());
    }

    /** The answer the full case gives to a question. */
    public JsonNode answer(AskedQuestion q, ConsultState state) {
        String path = q.path();
        String region = Paths.spotRegion(path);
        if (q.field() == Askable.SPOT) {
            JsonNode spot = fullCase.spot(region);
            if (spot != null) {
                return JSON.textNode(spot.path("tender").asBoolean(false) ? Askable.TENDER : Askable.NOT_TENDER);
            }
            return JSON.textNode(fullCase.spotRegions().isEmpty() ? Askable.NONE_PRESSED : Askable.NOT_PRESSED);
        }
        if (region != null) {
            JsonNode v = fullCase.spot(region).get(Paths.spotProperty(q.field()));
            if (v == null || v.isNull()) {
                // tender, bump and fibres default to false in the contract; goodPain and relevant stay unknown
                return q.field() == Askable.SPOT_BUMP || q.field() == Askable.SPOT_FIBRES ? JSON.booleanNode(false) : NullNode.getInstance();
            }
            return v;
        }
        if (q.field() == Askable.SPOT_ELSEWHERE) {
            List<String> known = state.partial().spotRegions();
            for (String r : fullCase.spotRegions()) {
                if (!known.contains(r) && !state.wasAsked(Paths.spot(r))) {
                    return JSON.textNode(r);
                }
            }
            return NullNode.getInstance();
        }
        if (q.field() == Askable.HISTORY) {
            return JSON.booleanNode(fullCase.hasHistory());
        }
        if (q.field() == Askable.RED_FLAGS || q.field() == Askable.QUALITY) {
            JsonNode v = fullCase.get(path);
            return v == null ? JSON.arrayNode() : v;
        }
        JsonNode v = fullCase.get(path);
        return v == null ? NullNode.getInstance() : v;
    }
}
