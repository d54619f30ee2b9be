package org.knotwise.cli.render;

import org.knotwise.workbench.bodymap.CodeWords;
import org.knotwise.workbench.bodymap.PageWords;
import org.knotwise.workbench.bodymap.Words;
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

/** Writes an assessment as a plain-text report a person can read. */
public final class TextReport {
    private final PrintWriter out;
    /** The fixed words: given, else the built-in words of each answer's language. */
    private final PageWords given;
    private PageWords w;

    /** Its fixed words in the built-in message files, in the language of the answer it writes. */
    public TextReport(PrintWriter out) {
        this(out, null);
    }

    /** Its headings and fixed words in {@code w} (the answer's own texts come in the answer's language). */
    public TextReport(PrintWriter out, PageWords w) {
        this.out = out;
        this.given = w;
    }

    public void write(Assessment a, boolean explain) {
        w = given != null ? given : PageWords.builtIn(a.language());
        out.println(w.w("page.assessment", "id", a.id()));
        warnings(a.warnings());
        out.println();
        Professional p = a.professional();
        if (!a.selfCare()) {
            out.println(w.w("page.text.self-massage-no") + " " + w.w(switch (p.urgency()) {
                case "emergency" -> "page.text.no.emergency";
                case "urgent" -> "page.text.no.urgent";
                case "routine" -> "page.text.no.routine";
                default -> "page.text.no.none";
            }));
            p.advice().forEach(s -> out.println("  ! " + s));
            cautions(a.cautions());
        } else {
            out.println(w.w("page.text.self-massage-yes"));
            cautions(a.cautions());
            sites(a.candidateSites());
            excluded(a.excludedSpots());
            technique(a.technique());
            if (!a.tips().isEmpty()) {
                out.println();
                out.println(w.w("page.text.tips"));
                a.tips().forEach(tip -> out.println("  - " + tip));
            }
            list(w.w("page.text.adjust"), a.adjustments());
            list(w.w("page.why-failing"), a.failureReasons());
            professional(p);
            if (!a.expectations().isEmpty()) {
                out.println();
                out.println(w.w("page.expectations"));
                a.expectations().forEach(s -> out.println("  - " + s));
            }
        }
        out.println();
        if (explain) {
            explanation(a);
        } else {
            out.println(w.w("page.text.fired", "count", a.explanation().size()));
        }
        out.println(w.w("page.disclaimer"));
        if (a.ruleBase() != null) {
            out.println(w.w("page.text.rules", "name", a.ruleBase().name(), "version", a.ruleBase().version(), "digest",
                    a.ruleBase().digest().substring(0, Math.min(12, a.ruleBase().digest().length()))));
        }
    }

    /** Fields the case had that the contract does not know: most often a misspelling. */
    private void warnings(List<FieldWarning> warnings) {
        if (warnings.isEmpty()) return;
        out.println();
        out.println(w.w("page.text.not-read"));
        warnings.forEach(w -> out.println("  ? " + w.field() + ": " + w.message()));
    }

    private void cautions(List<Caution> cautions) {
        if (cautions.isEmpty()) return;
        out.println();
        out.println(w.w("page.text.take-care"));
        for (Caution c : cautions) {
            out.println("  ! " + c.message() + (c.region() == null ? "" : " (" + region(c.region()) + ")") + " [" + c.code() + "]");
            out.println("    " + w.w("page.text.source", "source", c.source()));
        }
    }

    private void sites(List<CandidateSite> sites) {
        out.println();
        out.println(w.w("page.text.sites"));
        int i = 1;
        for (CandidateSite s : sites) {
            String muscles = s.muscles().isEmpty() ? "" : " (" + String.join(", ", s.muscles()) + ")";
            out.printf("  %d. %s%s%n", i++, region(s.region()), muscles);
            out.printf("     %s%n", Words.detail(w, s.basis(), s.confidence(), Words.steps(w, s.stepsTowardCentre(), s.relatesTo(), s.region())));
        }
    }

    private void excluded(List<ExcludedSpot> excluded) {
        if (excluded.isEmpty()) return;
        out.println();
        out.println(w.w("page.set-aside"));
        excluded.forEach(e -> out.println("  - " + region(e.region()) + ": " + Words.exclusion(w, e.reason())));
    }

    private void technique(Technique t) {
        out.println();
        out.println(w.w("page.text.how"));
        String hold = t.holdSeconds().min() + "-" + t.holdSeconds().max();
        if ("KNEADING".equals(t.method())) {
            out.println("  " + w.w("PARALLEL_TO_FIBRES".equals(t.strokes()) ? "page.text.knead-along" : "page.text.knead-circular",
                    "hold", hold));
        } else {
            out.println("  " + w.w("page.text.hold", "hold", hold));
        }
        if (t.fibreDirection() != null) out.println("  " + w.w("page.text.fibres", "direction", t.fibreDirection()));
        out.println("  " + w.w(t.startGentle() ? "page.text.hard-gently" : "page.text.hard",
                "intensity", t.intensity().min() + "-" + t.intensity().max()));
        if (t.lightPressure()) out.println("  " + w.w("page.text.light"));
        out.println("  " + w.w("page.text.long", "start", t.sessionSeconds().start(), "minutes", t.sessionSeconds().max() / 60));
        out.println("  " + w.w("page.text.often", "min", t.sessionsPerDay().min(), "max", t.sessionsPerDay().max()));
        if (!t.tools().isEmpty()) out.println("  " + w.w("page.text.with", "tools", Words.tools(w, t.tools())));
    }

    /** The region's id, as the text report always printed it in English; its name in another language. */
    private String region(String id) {
        return w.isEnglish() ? id : w.region(id);
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
        String reasons = String.join("; ", p.reasons().stream()
                .map(r -> w.card("card.reason.", r, CodeWords.professionalReason(r)) + " [" + r + "]").toList());
        String when = "page.text.when." + p.urgency();
        out.println(p.recommended() ? w.w("page.text.professional-when", "when", w.has(when) ? w.w(when) : p.urgency(),
                "reasons", reasons) : w.w("page.text.professional", "reasons", reasons));
        p.advice().forEach(s -> out.println("  - " + s));
    }

    private void explanation(Assessment a) {
        out.println(w.w("page.text.explanation"));
        int i = 1;
        for (ExplanationStep s : a.explanation()) {
            out.printf("  %2d. %s  (%s)%n      %s %s%n", i++, s.rule(), s.source(), w.w("page.because"), s.because());
            s.concluded().forEach(c -> out.println("      => " + c));
        }
        if (!a.candidateSites().isEmpty()) {
            out.println();
            out.println(w.w("page.text.ranking"));
            int r = 1;
            for (CandidateSite s : a.candidateSites()) {
                out.printf("  %d. %s: %s%n", r++, region(s.region()), w.w("page.text.rank", "basis", s.basis(),
                        "confidence", w.card("card.confidence.", s.confidence(), s.confidence()),
                        "steps", Words.steps(w, s.stepsTowardCentre(), s.relatesTo(), s.region()),
                        "evidence", s.evidence().isEmpty() ? w.w("page.text.no-evidence") : String.join("; ", s.evidence())));
            }
        }
        out.println();
    }
}
