package org.knotwise.workbench.bodymap;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Stand-ins for two fields of contract v2 that the assessment does not carry yet: each site's
 * {@code relatesTo} (§7.2) and the {@code cautions} list (§7.6). The body map reads them only here.
 */
final class ContractV2Fields {

    /** A caution as §7.6 describes it; region may be null. */
    record Caution(String code, String region, String message, String source) {
    }

    private ContractV2Fields() {
    }

    /**
     * The pain region a site explains. SWITCH TO {@code site.relatesTo()} once CandidateSite has it;
     * until then: the site itself when it is a pain region, else the pain region nearest on the
     * knowledge base's region tree (ties: the knowledge base's order of regions).
     */
    static String relatesTo(CandidateSite site, Case c, KnowledgeBase kb) {
        List<String> pains = c.complaint().regions();
        if (pains.contains(site.region())) {
            return site.region();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String region : kb.regions().keySet()) {
            if (pains.contains(region)) {
                int d = treeDistance(kb, region, site.region());
                if (d < bestDistance) {
                    best = region;
                    bestDistance = d;
                }
            }
        }
        return best != null ? best : pains.isEmpty() ? site.region() : pains.get(0);
    }

    /** SWITCH TO {@code assessment.cautions()} once Assessment has it (contract v2 §7.6). */
    static List<Caution> cautions(Assessment a) {
        return List.of();
    }

    /** Steps between two regions along the tree; the trunk's cores meet at the centre of the body. */
    static int treeDistance(KnowledgeBase kb, String a, String b) {
        List<String> pathA = pathToCentre(kb, a);
        List<String> pathB = pathToCentre(kb, b);
        for (int i = 0; i < pathA.size(); i++) {
            int j = pathB.indexOf(pathA.get(i));
            if (j >= 0) {
                return i + j;
            }
        }
        return pathA.size() + pathB.size();
    }

    private static List<String> pathToCentre(KnowledgeBase kb, String region) {
        List<String> path = new ArrayList<>();
        for (String r = region; r != null && !path.contains(r) && kb.region(r) != null; r = kb.region(r).towardCentre()) {
            path.add(r);
        }
        return path;
    }
}
