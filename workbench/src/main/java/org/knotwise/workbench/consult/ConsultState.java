package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A consultation's whole state: the case as far as known and the field paths already asked, in order (an
 * answer may leave the case unchanged, "not sure", so the case alone cannot tell what was asked). Immutable
 * and small, so an HTTP client can carry it and any replica can take the next step.
 */
public record ConsultState(PartialCase partial, List<String> asked) {
    /** The places pressed were asked: no more places, only what was found at each. */
    public static final String SPOTS_CLOSED = "spots";

    public ConsultState {
        asked = List.copyOf(asked);
    }

    public static ConsultState start() {
        return new ConsultState(PartialCase.opening(), List.of());
    }

    public boolean wasAsked(String path) {
        return asked.contains(path);
    }

    /**
     * The state after the answer to one field.
     *
     * @throws IllegalArgumentException when the path was asked already (a question is never asked twice)
     */
    public ConsultState answer(String path, JsonNode value) {
        if (asked.contains(path)) {
            throw new IllegalArgumentException(path + " was asked already");
        }
        List<String> now = new ArrayList<>(asked);
        now.add(path);
        return new ConsultState(partial.with(path, value), now);
    }

    /**
     * The state after the answer to a question: a checklist fills every field its items name (the unchosen
     * ones with their "otherwise"), any other question its one field.
     *
     * @throws IllegalArgumentException when a field was asked already, or the answer names no item offered
     */
    public ConsultState answer(AskedQuestion q, JsonNode value) {
        if (q.kind() != Askable.Kind.CHECKLIST) {
            return answer(q.path(), value);
        }
        ConsultState s = this;
        for (Map.Entry<String, JsonNode> e : q.checklistValues(value).entrySet()) {
            s = s.answer(e.getKey(), e.getValue());
        }
        return s;
    }
}
