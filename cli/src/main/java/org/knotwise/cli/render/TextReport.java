package org.knotwise.cli.render;

import org.knotwise.workbench.bodymap.CodeWords;
import org.knotwise.workbench.bodymap.Words;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Caution;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.FieldWarning;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.Technique;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** Writes an assessment as a plain-text report a person can read. */
public final class TextReport {
    private static final Map<String, String> EXCLUSION_WORDS = Map.of(
            "NOT_TENDER", "not tender, so not a trigger point",
            "NOT_RELEVANT", "tender, but it does not feel related to the complaint",
            "BUMP_ONLY", "only a bump or twitch, which is no evidence",
            "FAR_FROM_PAIN", "tender, but elsewhere in the body and linked to nothing that hurts");

    private static final Map<String, String> URGENCY_WORDS = Map.of(
            "none", "if you wish", "routine", "within weeks", "urgent", "today", "emergency", "now");

    private final PrintWriter out;

    public TextReport(PrintWriter out) {
        this.out = out;
    }

    public void write(Assessment a, boolean explain) {
        out.println("Knotwise assessment: " + a.id());
        warnings(a.warnings());
        out.println();
        Professional p = a.professional();
        if (!a.selfCare()) {
            out.println("Self-massage: NO. " + switch (p.urgency()) {
                case "emergency" -> "Get emergency care now.";
                case "urgent" -> "See a doctor today.";
                case "routine" -> "See a professional.";
                default -> "There is nothing here to rub yourself.";
            });
            p.advice().forEach(s -> out.println("  ! " + s));
            cautions(a.cautions());
        } else {
            out.println("Self-massage: yes, worth trying.");
            cautions(a.cautions());
            sites(a.candidateSites());
            excluded(a.excludedSpots());
            technique(a.technique());
            if (!a.tips().isEmpty()) {
                out.println();
                out.println("Tips");
                a.tips().forEach(tip -> out.println("  - " + tip));
            }
            list("Adjust what you do", a.adjustments());
            list("Why it may not be working", a.failureReasons());
            professional(p);
            if (!a.expectations().isEmpty()) {
                out.println();
                out.println("What to expect");
                a.expectations().forEach(s -> out.println("  - " + s));
            }
        }
        out.println();
        if (explain) {
            explanation(a);
        } else {
            out.println("(" + a.explanation().size() + " rules fired; --explain shows them.)");
        }
        out.println("Self-help advice from one article on trigger points, not a medical diagnosis.");
        if (a.ruleBase() != null) {
            out.println("Rules: " + a.ruleBase().name() + " " + a.ruleBase().version() + " (digest "
                    + a.ruleBase().digest().substring(0, Math.min(12, a.ruleBase().digest().length())) + ")");
        }
    }

    /** Fields the case had that the contract does not know: most often a misspelling. */
    private void warnings(List<FieldWarning> warnings) {
        if (warnings.isEmpty()) return;
        out.println();
        out.println("Note: part of the case was not read");
        warnings.forEach(w -> out.println("  ? " + w.field() + ": " + w.message()));
    }

    private void cautions(List<Caution> cautions) {
        if (cautions.isEmpty()) return;
        out.println();
        out.println("Take care");
        for (Caution c : cautions) {
            out.println("  ! " + c.message() + (c.region() == null ? "" : " (" + c.region() + ")") + " [" + c.code() + "]");
            out.println("    Source: " + c.source());
        }
    }

    private void sites(List<CandidateSite> sites) {
        out.println();
        out.println("Where to look, best first");
        int i = 1;
        for (CandidateSite s : sites) {
            String muscles = s.muscles().isEmpty() ? "" : " (" + String.join(", ", s.muscles()) + ")";
            out.printf("  %d. %s%s%n", i++, s.region(), muscles);
            out.printf("     %s, %s confidence, %s%n", Words.basis(s.basis()), s.confidence(), Words.steps(s.stepsTowardCentre(), s.relatesTo(), s.region()));
        }
    }

    private void excluded(List<ExcludedSpot> excluded) {
        if (excluded.isEmpty()) return;
        out.println();
        out.println("Set aside");
        excluded.forEach(e -> out.println("  - " + e.region() + ": " + EXCLUSION_WORDS.getOrDefault(e.reason(), e.reason())));
    }

    private void technique(Technique t) {
        out.println();
        out.println("How to rub");
        if ("KNEADING".equals(t.method())) {
            out.println("  Small kneading strokes" + ("PARALLEL_TO_FIBRES".equals(t.strokes())
                    ? ", along the muscle fibres" : ", circular or back and forth")
                    + "; or press and hold " + t.holdSeconds().min() + "-" + t.holdSeconds().max() + " s.");
        } else {
            out.println("  Press and hold " + t.holdSeconds().min() + "-" + t.holdSeconds().max()
                    + " s, or use small circular or back-and-forth strokes.");
        }
        if (t.fibreDirection() != null) out.println("  Fibres: " + t.fibreDirection());
        out.println("  How hard: " + t.intensity().min() + "-" + t.intensity().max() + " out of 10"
                + (t.startGentle() ? ", gently at first" : "") + ".");
        if (t.lightPressure()) out.println("  Always add light strokes: gently tug the skin to and fro.");
        out.println("  How long: start with " + t.sessionSeconds().start() + " s; about "
                + t.sessionSeconds().max() / 60 + " min is roughly the most a spot needs, but longer is fine while it feels good.");
        out.println("  How often: " + t.sessionsPerDay().min() + " to " + t.sessionsPerDay().max() + " times a day.");
        if (!t.tools().isEmpty()) out.println("  With: " + String.join(", ", t.tools()) + ".");
    }

    private void list(String title, List<Coded> items) {
        if (items.isEmpty()) return;
        out.println();
        out.println(title);
        items.forEach(c -> out.println("  - " + c.message() + " [" + c.code() + "]"));
    }

    private void professional(Professional p) {
        if (p.reasons().isEmpty()) return;
        out.println();
        out.println("Professional help" + (p.recommended() ? ", " + URGENCY_WORDS.getOrDefault(p.urgency(), p.urgency()) : "")
                + ": " + String.join("; ", p.reasons().stream()
                .map(r -> CodeWords.professionalReason(r) + " [" + r + "]").toList()));
        p.advice().forEach(s -> out.println("  - " + s));
    }

    private void explanation(Assessment a) {
        out.println("How this was reached (rules in firing order: the facts [in brackets] led the rule to its conclusion)");
        int i = 1;
        for (ExplanationStep s : a.explanation()) {
            out.printf("  %2d. %s  (%s)%n      because %s%n", i++, s.rule(), s.source(), s.because());
            s.concluded().forEach(c -> out.println("      => " + c));
        }
        if (!a.candidateSites().isEmpty()) {
            out.println();
            out.println("Why the sites rank as they do (spots you pressed that count, then the painful area, then the map's"
                    + " sites; within each, higher confidence, then fewer steps from the pain, toward the centre first)");
            int r = 1;
            for (CandidateSite s : a.candidateSites()) {
                out.printf("  %d. %s: %s, %s confidence, %s; %s%n", r++, s.region(), s.basis(), s.confidence(),
                        Words.steps(s.stepsTowardCentre(), s.relatesTo(), s.region()),
                        s.evidence().isEmpty() ? "no evidence beyond its basis" : String.join("; ", s.evidence()));
            }
        }
        out.println();
    }
}
