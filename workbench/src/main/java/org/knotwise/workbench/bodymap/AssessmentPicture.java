package org.knotwise.workbench.bodymap;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An assessment drawn on the body map: where it hurts, the candidate sites numbered in rank order
 * with an arrow from the pain each explains, and the spots set aside, greyed with the reason.
 */
public final class AssessmentPicture {

    /** A numbered site, the pain region its arrow starts from, and the view it is drawn on. */
    public record NumberedSite(int rank, CandidateSite site, String relatesTo, View view) {
    }

    private final BodyMapDrawing drawing;
    private final List<NumberedSite> sites;
    private final Set<String> pains;

    private AssessmentPicture(BodyMapDrawing drawing, List<NumberedSite> sites, Set<String> pains) {
        this.drawing = drawing;
        this.sites = List.copyOf(sites);
        this.pains = pains;
    }

    public static AssessmentPicture of(Case c, Assessment a, KnowledgeBase kb) {
        return of(c, a, kb, PageWords.english());
    }

    public static AssessmentPicture of(Case c, Assessment a, KnowledgeBase kb, PageWords w) {
        BodyOutline outline = BodyOutline.get();
        BodyMapDrawing d = new BodyMapDrawing(outline, c.complaint().side()).labels(w);
        Set<String> pains = new LinkedHashSet<>(c.complaint().regions());
        for (String p : pains) {
            d.mark(p, "pain").describe(p, w.w("page.picture.where-it-hurts", "region", w.region(p)));
        }
        List<NumberedSite> numbered = new ArrayList<>();
        int rank = 0;
        for (CandidateSite s : a.candidateSites()) {
            rank++;
            String from = ContractV2Fields.relatesTo(s, c, kb);
            d.mark(s.region(), "site").describe(s.region(), rank + ". " + Words.site(w, s));
            View view = from.equals(s.region()) ? outline.region(s.region()).views().get(0)
                    : d.arrow(from, s.region(), "arrow", w.w("page.picture.arrow", "from", w.region(from), "rank", rank,
                    "site", w.region(s.region())));
            d.number(rank, s.region(), view, pains.contains(s.region()), rank + ". " + Words.site(w, s));
            numbered.add(new NumberedSite(rank, s, from, view));
        }
        Set<String> siteRegions = new LinkedHashSet<>();
        a.candidateSites().forEach(s -> siteRegions.add(s.region()));
        for (ExcludedSpot e : a.excludedSpots()) {
            String why = w.w("page.picture.set-aside", "region", w.region(e.region()), "why", Words.exclusion(w, e.reason()));
            if (!pains.contains(e.region()) && !siteRegions.contains(e.region())) {
                d.mark(e.region(), "excluded");
            }
            d.describe(e.region(), why).cross(e.region(), why);
        }
        String painList = String.join(", ", pains);
        d.caption(numbered.isEmpty() ? w.w("page.picture.caption", "id", a.id(), "pains", painList)
                : w.w("page.picture.caption-sites", "id", a.id(), "pains", painList,
                "sites", String.join(", ", numbered.stream().map(n -> n.site().region()).toList())));
        return new AssessmentPicture(d, numbered, pains);
    }

    public BodyMapDrawing drawing() {
        return drawing;
    }

    public List<NumberedSite> sites() {
        return sites;
    }

    public Set<String> pains() {
        return pains;
    }
}
