package org.knotwise.engine.text;

import java.util.Set;

/**
 * The message keys the engine itself uses (not a rule), so {@code rules validate} counts them as used.
 * The other keys are used by the rules: {@code because.<rule id>}, {@code region.<region>} and
 * {@code redflag.<code>} for the knowledge base's regions and red flags, and every key a rule file names.
 */
public final class EngineTexts {
    /** The safety net's advice, when a red flag was reported and no rule gave professional help. */
    public static final String SAFETY_NET = "professional.RED_FLAG.safety-net";
    /** How two names are joined: "{first} and {second}". */
    public static final String LIST_AND = "list.and";
    /** A map row's muscle at a pressed spot, as evidence ({@code {muscle}}). */
    public static final String MAP_HAS_MUSCLE = "evidence.map-has-muscle";
    /** Why a rule fired, in the explanation: {@code because.<rule id>}. */
    public static final String BECAUSE = "because.";
    /** A region's name: {@code region.<id>}. */
    public static final String REGION = "region.";

    public static final Set<String> KEYS = Set.of(SAFETY_NET, LIST_AND, MAP_HAS_MUSCLE);

    private EngineTexts() {
    }
}
