package org.knotwise.cli.render;

import org.knotwise.engine.rulebase.RuleStatus;
import org.knotwise.kb.Caution;
import org.knotwise.kb.Referral;
import org.knotwise.kb.Region;
import org.knotwise.workbench.catalogue.Catalogue;
import org.knotwise.workbench.catalogue.RuleEntry;

import java.util.List;
import java.util.Map;

import static org.knotwise.cli.render.Html.escape;

/**
 * The rule catalogue as one HTML page for clinicians: every rule by article section in the article's
 * order, with what it checks, what it concludes and the exact words people read; then the cautions and
 * red flags with their sources, the referred-pain map and the regions.
 */
public final class CatalogueHtml {

    static final String STYLE = """
            <style>
            ul.when,ul.says{margin:.2rem 0;padding-left:1.1rem}
            ul.says li{font-style:italic}
            .status{display:inline-block;font-size:.8em;padding:0 .3rem;border-radius:.2rem;border:1px solid #999}
            .status-draft{background:#fde7b0;border-color:#c90}.status-reviewed{background:#dff0ff;border-color:#69c}
            .does{font-size:.85em;color:#555}
            dl.texts{display:grid;grid-template-columns:2.2em 1fr;gap:0 .3rem;margin:.3rem 0}
            dl.texts dt{grid-column:1/3;font-size:.8em;margin-top:.3rem}
            dl.texts dd{display:contents;font-style:italic}
            dl.texts .lang{font-style:normal;font-size:.8em;color:#555}
            h3{margin:1.2rem 0 .3rem;font-size:1.05rem}
            </style>
            """;

    private CatalogueHtml() {
    }

    public static String render(Catalogue c, String title) {
        StringBuilder b = new StringBuilder(STYLE);
        b.append("<h1>").append(escape(title)).append("</h1>\n");
        long drafts = c.entries().stream().filter(r -> RuleStatus.DRAFT.equals(r.status())).count();
        long reviewed = c.entries().stream().filter(r -> RuleStatus.REVIEWED.equals(r.status())).count();
        b.append("<p class=\"muted\">").append(Html.count("rule-count", "tr.rule")).append(" rules (")
                .append(drafts).append(" draft, ").append(reviewed).append(" reviewed, the rest in production) in ")
                .append(c.bySection().size()).append(" parts of the article, in the article's order; ")
                .append(c.cautions().size()).append(" cautions and red flags; ")
                .append(Html.count("referral-count", "tr.referral")).append(" referral rows; ")
                .append(c.knowledgeBase().regions().size()).append(" regions. Each rule shows what it checks (read from its")
                .append(" conditions), what it concludes and the exact words people read, why it fires and where it comes from.")
                .append(" Draft rules run only with <code>--drafts</code>.</p>\n");
        if (!c.languages().isEmpty()) {
            b.append("<p class=\"muted languages\">Languages of the message files: ").append(escape(c.languageLine()))
                    .append(" (a draft until a native-speaking clinician reviews it).</p>\n");
        }
        b.append(Html.filterBox("rule id, word, code, region…"));
        b.append("<h2>Contents</h2>\n<ul>\n");
        int n = 0;
        for (Map.Entry<String, List<RuleEntry>> e : c.bySection().entrySet()) {
            b.append("<li><a href=\"#section-").append(++n).append("\">").append(escape(e.getKey())).append("</a> (")
                    .append(e.getValue().size()).append(")</li>\n");
        }
        b.append("<li><a href=\"#cautions\">Cautions and red flags</a></li>\n"
                + "<li><a href=\"#referrals\">Referred-pain map</a></li>\n<li><a href=\"#regions\">Regions</a></li>\n"
                + "<li><a href=\"bodymap.html\">Regions on the body map</a> (the region tree, and the map rows per region)</li>\n</ul>\n");
        n = 0;
        for (Map.Entry<String, List<RuleEntry>> e : c.bySection().entrySet()) {
            b.append("<h2 id=\"section-").append(++n).append("\">").append(escape(e.getKey())).append("</h2>\n");
            b.append("<table class=\"rules\">\n<thead><tr><th>rule</th><th>when</th><th>concludes, and the words people read</th>"
                    + "<th>why it fires, and its source</th><th>phase</th><th>where</th></tr></thead>\n<tbody>\n");
            for (RuleEntry r : e.getValue()) {
                rule(b, r);
            }
            b.append("</tbody>\n</table>\n");
        }
        cautions(b, c);
        referrals(b, c);
        regions(b, c);
        return Html.page(title, b.toString());
    }

    private static void rule(StringBuilder b, RuleEntry r) {
        b.append("<tr class=\"item rule\" id=\"rule-").append(escape(r.key())).append("\" data-id=\"").append(escape(r.id()))
                .append("\" data-status=\"").append(escape(r.status())).append("\"><td><code>")
                .append(escape(r.id() == null ? "(no @id)" : r.id())).append("</code><br>")
                .append(status(r.status())).append("<br><span class=\"name\">").append(escape(r.name())).append("</span></td>");
        b.append("<td><ul class=\"when\">");
        r.conditions().forEach(w -> b.append("<li>").append(escape(w)).append("</li>"));
        b.append("</ul></td><td>");
        if (!r.codes().isEmpty()) {
            b.append("<code class=\"codes\">").append(escape(String.join(", ", r.codes()))).append("</code>");
        }
        if (!r.texts().isEmpty()) {
            // each text in every language side by side, as the message files word it
            b.append("<dl class=\"texts\">");
            for (var t : r.texts()) {
                b.append("<dt><code class=\"key\">").append(escape(t.key())).append("</code></dt>");
                t.words().forEach((language, words) -> b.append("<dd lang=\"").append(escape(language))
                        .append("\"><span class=\"lang\">").append(escape(language)).append("</span> “")
                        .append(escape(words)).append("”</dd>"));
            }
            b.append("</dl>");
        }
        List<String> ownWords = r.messages().subList(Math.min(r.texts().size(), r.messages().size()), r.messages().size());
        if (!ownWords.isEmpty()) {
            b.append("<ul class=\"says\">");
            ownWords.forEach(m -> b.append("<li>“").append(escape(m)).append("”</li>"));
            b.append("</ul>");
        }
        if (!r.statements().isEmpty()) {
            b.append("<div class=\"does\">does: ");
            for (int i = 0; i < r.statements().size(); i++) {
                b.append(i == 0 ? "" : "; ").append("<code>").append(escape(r.statements().get(i))).append("</code>");
            }
            b.append("</div>");
        }
        b.append("</td><td>").append(escape(r.because())).append("<br><span class=\"muted source\">")
                .append(escape(r.source())).append("</span></td><td>").append(escape(r.phase()))
                .append(r.salience() == null ? "" : "<br><span class=\"muted\">salience " + escape(r.salience()) + "</span>")
                .append("</td><td><code>").append(escape(r.location())).append("</code></td></tr>\n");
    }

    static String status(String status) {
        return "<span class=\"status status-" + escape(status) + "\">" + escape(status) + "</span>";
    }

    private static void cautions(StringBuilder b, Catalogue c) {
        b.append("<h2 id=\"cautions\">Cautions and red flags</h2>\n<p class=\"muted\">Each caution and red flag the"
                + " knowledge base knows (<code>cautions.csv</code>), what it says (its English message), the public page it rests on, and the rules that"
                + " conclude it or check for it. Red flags (lower-case codes, from the case) always mean professional help.</p>\n");
        b.append("<table class=\"cautions\">\n<thead><tr><th>code</th><th>kind</th><th>what it means</th><th>source</th>"
                + "<th>rules</th></tr></thead>\n<tbody>\n");
        for (Caution k : c.cautions()) {
            boolean redFlag = k.code().equals(k.code().toLowerCase(java.util.Locale.ROOT));
            b.append("<tr class=\"item caution\" data-code=\"").append(escape(k.code())).append("\"><td><code>")
                    .append(escape(k.code())).append("</code></td><td>").append(redFlag ? "red flag" : "caution")
                    .append("</td><td>").append(escape(c.cautionWords(k.code()))).append("</td><td>").append(escape(k.sourceName()))
                    .append("<br>").append(Html.source(k.sourceUrl())).append("</td><td>");
            List<RuleEntry> rules = c.rulesAbout(k.code());
            for (int i = 0; i < rules.size(); i++) {
                b.append(i == 0 ? "" : ", ").append("<a href=\"#rule-").append(escape(rules.get(i).key())).append("\"><code>")
                        .append(escape(rules.get(i).key())).append("</code></a>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void referrals(StringBuilder b, Catalogue c) {
        b.append("<h2 id=\"referrals\">Referred-pain map</h2>\n<p class=\"muted\">Where trigger points that refer pain"
                + " to a region usually sit, most likely first; steps are counted toward the centre of the body.</p>\n");
        b.append("<table class=\"referrals\">\n<thead><tr><th>pain at</th><th>muscle</th><th>trigger points at</th>"
                + "<th class=\"num\">steps toward centre</th><th>source</th><th>line</th></tr></thead>\n<tbody>\n");
        for (Referral r : c.referrals()) {
            b.append("<tr class=\"item referral\"><td>").append(escape(r.painRegion())).append("</td><td>")
                    .append(escape(r.muscle())).append("</td><td>").append(escape(r.triggerRegion()))
                    .append("</td><td class=\"num\">").append(r.stepsTowardCentre()).append("</td><td>")
                    .append(Html.source(r.source())).append("</td><td class=\"num\">").append(r.line()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void regions(StringBuilder b, Catalogue c) {
        b.append("<h2 id=\"regions\">Regions</h2>\n<table class=\"regions\">\n<thead><tr><th>region</th><th>area</th>"
                + "<th>one step toward the centre</th><th>reached with</th><th>fibre direction</th><th>source</th></tr></thead>\n<tbody>\n");
        for (Region r : c.knowledgeBase().regions().values()) {
            b.append("<tr class=\"item region\"><td>").append(escape(r.id())).append("</td><td>").append(escape(r.area()))
                    .append("</td><td>").append(escape(r.towardCentre())).append("</td><td>")
                    .append(escape(String.join(", ", r.reach()))).append("</td><td>").append(escape(r.fibreDirection()))
                    .append("</td><td>").append(Html.source(r.source())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }
}
