package org.knotwise.workbench.bodymap;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.Complaint;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.SessionLength;
import org.knotwise.engine.model.Technique;

import java.util.List;

/** Hand-made cases and assessments (the workbench never depends on the rules, so nothing runs them). */
final class Assessments {
    private Assessments() {
    }

    static Case neckCase(String id, String side) {
        return new Case(id, new Complaint(List.of("temple", "neck-side"), side, List.of("aching"), 5, 20),
                List.of(), List.of(), null);
    }

    static CandidateSite site(String region, String basis, String... muscles) {
        return new CandidateSite(region, List.of(muscles), basis, "low", null, 1, 0, List.of("a reason (+1)"), List.of("find.x"));
    }

    static Technique technique() {
        return new Technique("KNEADING", new Range(10, 100), "CIRCULAR_OR_BACK_AND_FORTH", null, new Range(4, 7),
                true, true, new SessionLength(30, 300), new Range(2, 6), List.of("fingers", "tennis-ball"));
    }

    static Assessment assessment(String id, List<CandidateSite> sites, List<ExcludedSpot> excluded, String text) {
        return new Assessment(id, true, sites, excluded, technique(),
                List.of(new Coded("REDUCE_INTENSITY", "Press more gently " + text)),
                List.of(new Coded("TOO_INTENSE", "Too hard " + text)),
                new Professional(false, "none", List.of("BRUTAL_THERAPY"), List.of("Find a gentler therapist " + text)),
                List.of("It eases within hours " + text), List.of(),
                List.of(new ExplanationStep("find.x", "§ Crash course " + text, "the map says so " + text)),
                List.of(), List.of(), null);
    }
}
