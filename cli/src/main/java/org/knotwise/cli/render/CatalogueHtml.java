package org.knotwise.cli.render;

import org.knotwise.workbench.catalogue.Catalogue;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.kb.Referral;
import org.knotwise.kb.Region;

import java.util.List;
import java.util.Map;

import static org.knotwise.cli.render.Html.escape;

/** The rule catalogue as one HTML page for clinicians: rules by article section, then the data. */
public final class CatalogueHtml {

    private CatalogueHtml() {
    }

    public static String render(Catalogue c, String title) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(title)).append("</h1>\n");
        b.append("<p class=\"muted\">").append(Html.count("rule-count", "tr.rule")).append(" rules in ")
                .append(c.bySection().size()).append(" article sections; ")
                .append(Html.count("referral-count", "tr.referral")).append(" referral rows; ")
                .append(c.knowledgeBase().regions().size()).append(" regions. Each rule says what it concludes in")
                .append(" plain words, why it fires, and the section of the article it comes from.</p>\n");
        b.append(Html.filterBox("rule id, word, code, region…"));
        b.append("<h2>Contents</h2>\n<ul>\n");
        int n = 0;
        for (Map.Entry<String, List<RuleDescription>> e : c.bySection().entrySet()) {
            b.append("<li><a href=\"#section-").append(++n).append("\">").append(escape(e.getKey())).append("</a> (")
                    .append(e.getValue().size()).append(")</li>\n");
        }
        b.append("<li><a href=\"#referrals\">Referred-pain map</a></li>\n<li><a href=\"#regions\">Regions</a></li>\n"
                + "<li><a href=\"bodymap.html\">Regions on the body map</a> (the region tree, and the map rows per region)</li>\n</ul>\n");
        n = 0;
        for (Map.Entry<String, List<RuleDescription>> e : c.bySection().entrySet()) {
            b.append("<h2 id=\"section-").append(++n).append("\">").append(escape(e.getKey())).append("</h2>\n");
            b.append("<table class=\"rules\">\n<thead><tr><th>id</th><th>rule (what it concludes)</th>"
                    + "<th>why it fires</th><th>phase</th><th>codes</th><th>where</th></tr></thead>\n<tbody>\n");
            for (RuleDescription r : e.getValue()) {
                b.append("<tr class=\"item rule\" data-id=\"").append(escape(r.id())).append("\"><td><code>")
                        .append(escape(r.id() == null ? "(no @id)" : r.id())).append("</code></td><td>")
                        .append(escape(r.name())).append("</td><td>").append(escape(r.because())).append("</td><td>")
                        .append(escape(r.phase())).append("</td><td>").append(escape(String.join(", ", r.concludes())))
                        .append("</td><td><code>").append(escape(r.location())).append("</code></td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
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
        b.append("<h2 id=\"regions\">Regions</h2>\n<table class=\"regions\">\n<thead><tr><th>region</th><th>area</th>"
                + "<th>one step toward the centre</th><th>reached with</th><th>fibre direction</th><th>source</th></tr></thead>\n<tbody>\n");
        for (Region r : c.knowledgeBase().regions().values()) {
            b.append("<tr class=\"item region\"><td>").append(escape(r.id())).append("</td><td>").append(escape(r.area()))
                    .append("</td><td>").append(escape(r.towardCentre())).append("</td><td>")
                    .append(escape(String.join(", ", r.reach()))).append("</td><td>").append(escape(r.fibreDirection()))
                    .append("</td><td>").append(Html.source(r.source())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return Html.page(title, b.toString());
    }
}
