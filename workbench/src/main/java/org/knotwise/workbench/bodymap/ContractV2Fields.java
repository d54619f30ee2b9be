package org.knotwise.workbench.bodymap;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.kb.KnowledgeBase;

import java.util.List;

/**
 * The two contract v2 fields the body map reads: each site's {@code relatesTo} (§7.2) and the
 * {@code cautions} list (§7.6). An assessment built outside the engine may lack relatesTo: then the
 * nearest pain region on the region tree stands in.
 */
final class ContractV2Fields {

    /** A caution as §7.6 describes it; region may be null. */
    record Caution(String code, String region, String message, String source) {
    }

    private ContractV2Fields() {
    }

    /** The pain region a site explains. */
    static String relatesTo(CandidateSite site, Case c, KnowledgeBase kb) {
        if (site.relatesTo() != null) {
            return site.relatesTo();
        }
        List<String> pains = c.complaint().regions();
        if (pains.contains(site.region())) {
            return site.region();
        }
        String nearest = kb.nearestRegion(site.region(), pains);
        return nearest != null ? nearest : site.region();
    }

    static List<Caution> cautions(Assessment a) {
        return a.cautions().stream().map(x -> new Caution(x.code(), x.region(), x.message(), x.source())).toList();
    }

    static int treeDistance(KnowledgeBase kb, String a, String b) {
        return kb.treeDistance(a, b);
    }
}
