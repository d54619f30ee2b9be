package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A consultation's whole state: the case as far as known and the paths already asked, in order (an answer
 * may leave the case unchanged, "not sure", so the case alone cannot tell what was asked). Immutable and
 * small, so an HTTP client can carry it and any replica can take the next step.
 */
public record ConsultState(PartialCase partial, List<String> asked) {
    /** Marks the spot questions closed: nothing more to ask about pressed spots. */
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
     * The state after an answer.
     *
     * @throws IllegalArgumentException when the path was asked already (a question is never asked twice)
     */
    public ConsultState answer(String path, JsonNode value) {
        if (asked.contains(path)) {
            throw new IllegalArgumentException(path + " was asked already");
        }
        List<String> now = new ArrayList<>(asked);
        now.add(path);
        boolean none = value == null || value.isNull();
        if (!now.contains(SPOTS_CLOSED) && ((path.startsWith("spots[+") && none)
                || (Paths.spotRegion(path) != null && path.indexOf('.') < 0 && !none
                && Askable.NONE_PRESSED.equals(value.asText())))) {
            now.add(SPOTS_CLOSED);
        }
        return new ConsultState(partial.with(path, value), now);
    }

    /** How many "anywhere else?" questions were asked. */
    int elsewhereAsked() {
        return (int) asked.stream().filter(p -> p.startsWith("spots[+")).count();
    }
}
