package org.knotwise.engine.rulebase;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The order in which the rule base reasons. Each rule names its phase in the rule files with
 * {@code ruleflow-group "finding"}; the engine gives each phase the floor in this order. Safety comes
 * first: a red flag halts the session before any plan is made.
 */
public enum Phase {
    SAFETY("safety"),             // red flags and cautions: professional help, no plan
    FINDING("finding"),           // which pressed spots are candidates, which are excluded
    REFERRAL("referral"),         // referred pain: look toward the centre with the map
    RANKING("ranking"),           // confidence in each candidate
    PLAN("plan"),                 // how to rub, how hard, how long, how often, with what
    HISTORY("history"),           // corrections of what the person tried, why it is failing
    PROFESSIONAL("professional"), // when to find a professional, and what kind
    EXPECTATIONS("expectations"); // what release feels like, when results show

    /** The phase's name in the rule files. */
    public final String id;

    Phase(String id) {
        this.id = id;
    }

    /** Every phase's name, in the order the engine runs them. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(p -> p.id).toList();
    }

    public static Optional<Phase> byId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
