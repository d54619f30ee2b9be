package org.knotwise.engine;

import java.util.Locale;

/**
 * How much of the explanation an assessment carries. {@link #FULL} is the contract's answer (every
 * fired rule with its section and reason); {@link #IDS} keeps only each fired rule's id, in firing
 * order; {@link #NONE} leaves the explanation out. The rest of the assessment is the same at every
 * level. The leaner levels are cheaper: no reason is put into words for them.
 */
public enum Explain {
    NONE, IDS, FULL;

    /** The level's name on the command line and in the service's query: none, ids or full. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the accepted values */
    public static Explain parse(String value) {
        for (Explain e : values()) {
            if (e.id().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("explain must be none, ids or full, not " + value);
    }
}
