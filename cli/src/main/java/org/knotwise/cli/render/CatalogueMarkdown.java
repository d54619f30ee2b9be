package org.knotwise.cli.render;

import org.knotwise.kb.Caution;
import org.knotwise.kb.Referral;
import org.knotwise.workbench.catalogue.Catalogue;
import org.knotwise.workbench.catalogue.RuleEntry;

import java.util.List;
import java.util.Map;

/** The rule catalogue as Markdown, for review in a pull request or a wiki: the same content as the page. */
public final class CatalogueMarkdown {

    private CatalogueMarkdown() {
    }

    public static String render(Catalogue c, String title) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(text(title)).append("\n\n");
        b.append(c.entries().size()).append(" rules in ").append(c.bySection().size())
                .append(" parts of the article, in the article's order; ").append(c.cautions().size())
                .append(" cautions and red flags; ").append(c.referrals().size()).append(" referral rows; ")
                .append(c.knowledgeBase().regions().size()).append(" regions. Draft rules run only with `--drafts`.\n");
        if (!c.languages().isEmpty()) {
            b.append("Languages of the message files: ").append(c.languageLine())
                    .append(" (a draft until a native-speaking clinician reviews it).\n");
        }
        for (Map.Entry<String, List<RuleEntry>> e : c.bySection().entrySet()) {
            b.append("\n## ").append(text(e.getKey())).append("\n");
            for (RuleEntry r : e.getValue()) {
                rule(b, r);
            }
        }
        b.append("\n## Cautions and red flags\n\n| code | kind | what it means | source | rules |\n|---|---|---|---|---|\n");
        for (Caution k : c.cautions()) {
            boolean redFlag = k.code().equals(k.code().toLowerCase(java.util.Locale.ROOT));
            b.append("| `").append(cell(k.code())).append("` | ").append(redFlag ? "red flag" : "caution").append(" | ")
                    .append(cell(c.cautionWords(k.code()))).append(" | ").append(cell(k.sourceName())).append(", ").append(cell(k.sourceUrl()))
                    .append(" | ").append(cell(String.join(", ", c.rulesAbout(k.code()).stream().map(RuleEntry::key).toList())))
                    .append(" |\n");
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

    private static void rule(StringBuilder b, RuleEntry r) {
        b.append("\n### `").append(text(r.id() == null ? "(no @id)" : r.id())).append("`: ").append(text(r.name())).append("\n\n");
        b.append("- status: **").append(text(r.status())).append("**; phase: ").append(text(r.phase()))
                .append(r.salience() == null ? "" : " (salience " + text(r.salience()) + ")")
                .append("; written at `").append(text(r.location())).append("`\n");
        b.append("- when:\n");
        r.conditions().forEach(w -> b.append("  - ").append(text(w)).append("\n"));
        if (!r.codes().isEmpty()) {
            b.append("- concludes: `").append(text(String.join(", ", r.codes()))).append("`\n");
        }
        if (!r.texts().isEmpty()) {
            b.append("- says (each text in every language):\n");
            for (var t : r.texts()) {
                b.append("  - `").append(t.key()).append("`\n");
                t.words().forEach((language, words) -> b.append("    - ").append(language).append(": “")
                        .append(text(words)).append("”\n"));
            }
        }
        List<String> ownWords = r.messages().subList(Math.min(r.texts().size(), r.messages().size()), r.messages().size());
        if (!ownWords.isEmpty()) {
            b.append("- says:\n");
            ownWords.forEach(m -> b.append("  - “").append(text(m)).append("”\n"));
        }
        if (!r.statements().isEmpty()) {
            b.append("- does: ");
            for (int i = 0; i < r.statements().size(); i++) {
                b.append(i == 0 ? "" : "; ").append("`").append(r.statements().get(i).replace("`", "'")).append("`");
            }
            b.append("\n");
        }
        b.append("- because: ").append(text(r.because())).append("\n");
        b.append("- source: ").append(text(r.source())).append("\n");
    }

    /** Text safe in a Markdown line: HTML not interpreted, line breaks flattened. */
    private static String text(String s) {
        return s == null ? "" : s.replace("<", "&lt;").replace("\r", " ").replace("\n", " ");
    }

    /** Text safe inside a table cell: pipes escaped, line breaks flattened, HTML not interpreted. */
    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\r", " ").replace("\n", " ");
    }
}
