package org.knotwise.engine;

import java.util.List;

/**
 * The order in which the rule base reasons, one agenda group per phase. Safety comes first: a red
 * flag halts the session before any plan is made.
 */
public final class Phases {
    public static final List<String> ORDER = List.of(
            "safety",        // red flags: professional help, no plan
            "finding",       // which pressed spots are candidates, which are excluded
            "referral",      // referred pain: look toward the centre with the map
            "ranking",       // confidence in each candidate
            "plan",          // how to rub, how hard, how long, how often, with what
            "history",       // corrections of what the person tried, why it is failing
            "professional",  // when to find a professional, and what kind
            "expectations"); // what release feels like, when results show

    private Phases() {
    }
}
