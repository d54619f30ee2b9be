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
        BodyOutline outline = BodyOutline.get();
        BodyMapDrawing d = new BodyMapDrawing(outline, c.complaint().side());
        Set<String> pains = new LinkedHashSet<>(c.complaint().regions());
        for (String p : pains) {
            d.mark(p, "pain").describe(p, Words.region(p) + ": where it hurts");
        }
        List<NumberedSite> numbered = new ArrayList<>();
        int rank = 0;
        for (CandidateSite s : a.candidateSites()) {
            rank++;
            String from = ContractV2Fields.relatesTo(s, c, kb);
            d.mark(s.region(), "site").describe(s.region(), rank + ". " + Words.site(s));
            View view = from.equals(s.region()) ? outline.region(s.region()).views().get(0)
                    : d.arrow(from, s.region(), "arrow", "from the pain at " + Words.region(from) + " to site "
                    + rank + ", " + Words.region(s.region()));
            d.number(rank, s.region(), view, pains.contains(s.region()), rank + ". " + Words.site(s));
            numbered.add(new NumberedSite(rank, s, from, view));
        }
        Set<String> siteRegions = new LinkedHashSet<>();
        a.candidateSites().forEach(s -> siteRegions.add(s.region()));
        for (ExcludedSpot e : a.excludedSpots()) {
            String why = "set aside: " + Words.region(e.region()) + ", " + Words.exclusion(e.reason());
            if (!pains.contains(e.region()) && !siteRegions.contains(e.region())) {
                d.mark(e.region(), "excluded");
            }
            d.describe(e.region(), why).cross(e.region(), why);
        }
        d.caption("Body map for case " + a.id() + ": pain at " + String.join(", ", pains)
                + (numbered.isEmpty() ? "" : "; candidate sites in rank order: "
                + String.join(", ", numbered.stream().map(n -> n.site().region()).toList())));
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
