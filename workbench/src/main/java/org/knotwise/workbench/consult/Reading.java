package org.knotwise.workbench.consult;

import org.knotwise.engine.model.Assessment;

import java.util.List;

/**
 * What a person would read in an assessment: everything but the explanation (the rules' firing order, which
 * may differ for the same advice), the rule base's identity, the case id and the reader's warnings about
 * the input (unknown fields, which a consultation never writes). Two answers "change the
 * assessment" exactly when their readings differ.
 */
public final class Reading {
    private Reading() {
    }

    public static Assessment of(Assessment a) {
        return new Assessment("", a.selfCare(), a.candidateSites(), a.excludedSpots(), a.technique(), a.adjustments(),
                a.failureReasons(), a.professional(), a.expectations(), a.tips(), List.of(), a.cautions(),
                List.of(), null);
    }

    public static boolean same(Assessment a, Assessment b) {
        return of(a).equals(of(b));
    }
}
