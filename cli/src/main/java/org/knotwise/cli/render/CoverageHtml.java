package org.knotwise.cli.render;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.workbench.scenario.Coverage;

import java.util.List;

import static org.knotwise.cli.render.Html.escape;

/** The coverage report as a self-contained HTML page. */
public final class CoverageHtml {

    private CoverageHtml() {
    }

    public static String render(Coverage c) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Scenario coverage</h1>\n<p class=\"muted\">").append(c.scenarios()).append(" scenarios run.</p>\n");
        b.append("<table class=\"summary\">\n<thead><tr><th>what</th><th class=\"num\">covered</th><th class=\"num\">of</th>"
                + "<th class=\"num\">%</th><th></th></tr></thead>\n<tbody>\n");
        summary(b, "rules fired", c.firedRules(), c.rules());
        summary(b, "codes expected", c.expectedCodes(), c.codes());
        summary(b, "regions touched", c.touchedRegions(), c.regions());
        b.append("</tbody>\n</table>\n");
        b.append(Html.filterBox("rule id, code, region…"));
        b.append("<h2>Rules no scenario fired (").append(Html.count("unfired-count", "tr.unfired")).append(")</h2>\n");
        b.append("<table>\n<thead><tr><th>id</th><th>rule</th><th>section</th><th>where</th></tr></thead>\n<tbody>\n");
        for (RuleDescription r : c.unfiredRules()) {
            b.append("<tr class=\"item unfired\" data-id=\"").append(escape(r.id())).append("\"><td><code>")
                    .append(escape(r.id())).append("</code></td><td>").append(escape(r.name())).append("</td><td>")
                    .append(escape(r.source())).append("</td><td><code>").append(escape(r.location()))
                    .append("</code></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        items(b, "Codes no scenario expected", "code", c.unexpectedCodes());
        items(b, "Regions no scenario touched (as pain or pressed spot)", "region", c.untouchedRegions());
        return Html.page("Knotwise scenario coverage", b.toString());
    }

    private static void summary(StringBuilder b, String what, int covered, int total) {
        int pct = Coverage.percent(covered, total);
        b.append("<tr><td>").append(what).append("</td><td class=\"num\">").append(covered).append("</td><td class=\"num\">")
                .append(total).append("</td><td class=\"num\">").append(pct).append("</td><td><span class=\"bar\" style=\"width:")
                .append(pct * 2).append("px\"></span></td></tr>\n");
    }

    private static void items(StringBuilder b, String title, String kind, List<String> items) {
        b.append("<h2>").append(escape(title)).append(" (").append(Html.count(kind + "-count", "tr." + kind)).append(")</h2>\n");
        b.append("<table>\n<tbody>\n");
        for (String s : items) {
            b.append("<tr class=\"item ").append(kind).append("\"><td><code>").append(escape(s)).append("</code></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }
}
