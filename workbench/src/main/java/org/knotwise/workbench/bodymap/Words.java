package org.knotwise.workbench.bodymap;

import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Technique;

import java.util.ArrayList;
import java.util.List;

/** An assessment's codes and numbers in plain words, for the body-map report and the text report. */
public final class Words {
    private Words() {
    }

    public static String region(String id) {
        return id == null ? "" : id.replace('-', ' ');
    }

    /** Why a pressed spot was set aside ({@code page.exclusion.<REASON>}), or the code itself. */
    public static String exclusion(PageWords w, String reason) {
        String key = "page.exclusion." + reason;
        return w.has(key) ? w.w(key) : reason;
    }

    public static String basis(String basis) {
        return basis(PageWords.english(), basis);
    }

    public static String basis(PageWords w, String basis) {
        String key = "page.basis." + basis;
        return w.has(key) ? w.w(key) : String.valueOf(basis);
    }

    public static String steps(int steps, String relatesTo, String region) {
        return steps(PageWords.english(), steps, relatesTo, region);
    }

    /**
     * Where a site lies from the pain it explains (contract §8.1): "at the pain" only for that region
     * itself, "beside the pain" for another region as far from the centre, else steps toward the centre
     * or farther out.
     */
    public static String steps(PageWords w, int steps, String relatesTo, String region) {
        if (steps == 0) {
            boolean itself = region == null || region.equals(relatesTo);
            return itself ? w.w("page.steps.at-pain")
                    : relatesTo == null ? w.w("page.steps.beside") : w.w("page.steps.beside-at", "region", w.region(relatesTo));
        }
        String pain = relatesTo == null ? w.w("page.steps.the-pain") : w.w("page.steps.the-region-pain", "region", w.region(relatesTo));
        int n = Math.abs(steps);
        String count = w.w(n == 1 ? "page.steps.one" : "page.steps.other", "n", n);
        return w.w(steps > 0 ? "page.steps.toward" : "page.steps.farther", "steps", count, "pain", pain);
    }

    /** "calf (soleus): a spot you pressed, high confidence, at the pain". */
    static String site(PageWords w, CandidateSite s) {
        String muscles = s.muscles().isEmpty() ? "" : " (" + String.join(", ", s.muscles()) + ")";
        return w.region(s.region()) + muscles + ": " + detail(w, s.basis(), s.confidence(),
                steps(w, s.stepsTowardCentre(), s.relatesTo(), s.region()));
    }

    /** "a spot you pressed, high confidence, at the pain". */
    public static String detail(PageWords w, String basis, String confidence, String steps) {
        return w.w("page.site.detail", "basis", basis(w, basis), "confidence",
                w.card("card.confidence.", confidence, confidence), "steps", steps);
    }

    /** How to rub, one sentence a line. */
    static List<String> plan(PageWords w, Technique t) {
        List<String> out = new ArrayList<>();
        String hold = range(w, t.holdSeconds());
        if ("KNEADING".equals(t.method())) {
            out.add(w.w("PARALLEL_TO_FIBRES".equals(t.strokes()) ? "page.plan.knead-along" : "page.plan.knead-circular",
                    "hold", hold));
        } else {
            out.add(w.w("page.plan.hold", "hold", hold));
        }
        if (t.fibreDirection() != null) {
            out.add(w.w("page.plan.fibres", "direction", t.fibreDirection()));
        }
        out.add(w.w(t.startGentle() ? "page.plan.press-gently" : "page.plan.press", "intensity", range(w, t.intensity())));
        if (t.lightPressure()) {
            out.add(w.w("page.plan.light"));
        }
        if (t.sessionSeconds() != null) {
            out.add(w.w("page.plan.sessions", "start", t.sessionSeconds().start(), "minutes",
                    Math.max(1, t.sessionSeconds().max() / 60)));
        }
        out.add(w.w("page.plan.repeat", "times", range(w, t.sessionsPerDay())));
        if (t.tools() != null && !t.tools().isEmpty()) {
            out.add(w.w("page.plan.tools", "tools", tools(w, t.tools()).replace('-', ' ')));
        }
        return out;
    }

    /** The tools' names, joined by commas (in another language, their card words). */
    public static String tools(PageWords w, List<String> tools) {
        return String.join(", ", tools.stream().map(t -> w.card("card.tool.", t, t)).toList());
    }

    /** "4 to 7", or "5" when both ends are the same. */
    private static String range(PageWords w, org.knotwise.engine.model.Range r) {
        if (r == null) {
            return "";
        }
        return r.min() == r.max() ? String.valueOf(r.min()) : w.w("page.range", "min", r.min(), "max", r.max());
    }
}
