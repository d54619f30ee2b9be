package org.knotwise.engine.model;

import java.util.List;

/**
 * One person's complaint, what they felt when pressing spots, and what they tried (contract §1).
 * Build it from JSON with {@link org.knotwise.engine.json.KnotwiseJson#readCase(String)}.
 */
public record Case(String id, Complaint complaint, List<String> redFlags, List<Spot> spots, History history) {

    public Case {
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        spots = spots == null ? List.of() : List.copyOf(spots);
    }
}
