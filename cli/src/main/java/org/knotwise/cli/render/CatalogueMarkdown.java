package org.knotwise.cli.render;

import org.knotwise.workbench.catalogue.Catalogue;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.kb.Referral;

import java.util.List;
import java.util.Map;

/** The rule catalogue as Markdown, for review in a pull request or a wiki. */
public final class CatalogueMarkdown {

    private CatalogueMarkdown() {
    }

    public static String render(Catalogue c, String title) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(title).append("\n\n");
        b.append(c.rules().size()).append(" rules in ").append(c.bySection().size()).append(" article sections; ")
                .append(c.referrals().size()).append(" referral rows; ").append(c.knowledgeBase().regions().size())
                .append(" regions.\n");
        for (Map.Entry<String, List<RuleDescription>> e : c.bySection().entrySet()) {
            b.append("\n## ").append(cell(e.getKey())).append("\n\n");
            b.append("| id | rule (what it concludes) | why it fires | phase | codes | where |\n");
            b.append("|---|---|---|---|---|---|\n");
            for (RuleDescription r : e.getValue()) {
                b.append("| `").append(cell(r.id() == null ? "(no @id)" : r.id())).append("` | ").append(cell(r.name()))
                        .append(" | ").append(cell(r.because())).append(" | ").append(cell(r.phase())).append(" | ")
                        .append(cell(String.join(", ", r.concludes()))).append(" | ").append(cell(r.location())).append(" |\n");
            }
        }
        b.append("\n## Referred-pain map\n\n| pain at | muscle | trigger points at | steps toward centre | source |\n")
                .append("|---|---|---|---|---|\n");
        for (Referral r : c.referrals()) {
            b.append("| ").append(cell(r.painRegion())).append(" | ").append(cell(r.muscle())).append(" | ")
                    .append(cell(r.triggerRegion())).append(" | ").append(r.stepsTowardCentre()).append(" | ")
                    .append(cell(r.source())).append(" |\n");
        }
        return b.toString();
    }

    /** Text safe inside a table cell: pipes escaped, line breaks flattened, HTML not interpreted. */
    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\r", " ").replace("\n", " ");
    }
}
