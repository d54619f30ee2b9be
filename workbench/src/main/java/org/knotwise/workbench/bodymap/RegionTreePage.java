package org.knotwise.workbench.bodymap;

import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Referral;
import org.knotwise.kb.Region;

import java.util.ArrayList;
import java.util.List;

import static org.knotwise.workbench.bodymap.Markup.escape;

/**
 * The knowledge base's anatomy on the body map, for knowledge engineers: each region's step toward
 * the centre as an arrow, and per region the referred-pain map rows that send pain there. One
 * self-contained page (inline SVG and CSS, no script), written beside the rule catalogue.
 */
public final class RegionTreePage {

    public static final String FILE = "bodymap.html";

    private static final String TABLE_STYLE = """
            table{border-collapse:collapse;width:100%;margin:.3rem 0 .8rem}
            th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}.num{text-align:right}
            .swatch.tree{background:#f3e3b5}.swatch.tree-arrow{background:#8a5a00;height:.25em;vertical-align:.2em}
            """;

    private RegionTreePage() {
    }

    /** The picture alone: every region coloured, an arrow from each to the region a step nearer the centre. */
    public static BodyMapDrawing drawing(KnowledgeBase kb) {
        BodyOutline outline = BodyOutline.get();
        BodyMapDrawing d = new BodyMapDrawing(outline, null);
        for (Region r : kb.regions().values()) {
            if (!outline.regions().containsKey(r.id())) {
                continue;
            }
            d.mark(r.id(), "tree");
            List<Referral> rows = kb.referralsTo(r.id());
            d.describe(r.id(), Words.region(r.id()) + (r.towardCentre() == null ? ": the trunk, the centre of the body"
                    : ": one step toward the centre is " + Words.region(r.towardCentre()))
                    + "; " + rows.size() + " map row" + (rows.size() == 1 ? "" : "s") + " refer pain here");
            if (r.towardCentre() != null && outline.regions().containsKey(r.towardCentre())) {
                d.arrow(r.id(), r.towardCentre(), "tree-arrow", Words.region(r.id()) + " to "
                        + Words.region(r.towardCentre()) + ", a step toward the centre");
            }
        }
        d.caption("The region tree: each region's step toward the centre of the body");
        return d;
    }

    public static String html(KnowledgeBase kb, String title) {
        BodyOutline outline = BodyOutline.get();
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"muted\">The anatomy the rules reason over: ")
                .append(kb.regions().size()).append(" regions, ").append(kb.referrals().size())
                .append(" referral rows. Each arrow is a region's step toward the centre of the body (regions.csv);"
                        + " hover over a region for its step and how many map rows refer pain there."
                        + " <a href=\"index.html\">Back to the rule catalogue</a>.</p>\n");
        b.append("<figure class=\"map\" id=\"region-tree\">\n").append(drawing(kb).toInlineSvg()).append("\n")
                .append("<figcaption class=\"legend\"><ul class=\"key\">\n")
                .append("<li><span class=\"swatch tree\"></span>A region of the knowledge base</li>\n")
                .append("<li><span class=\"swatch tree-arrow\"></span>Its step toward the centre</li>\n")
                .append("<li>A dashed ring: the start of an arrow lies on the other view</li>\n</ul>\n");
        List<String> offMap = new ArrayList<>();
        kb.regions().keySet().stream().filter(id -> !outline.regions().containsKey(id)).forEach(offMap::add);
        if (!offMap.isEmpty()) {
            b.append("<p class=\"off-map\">Not on the drawing: ").append(escape(String.join(", ", offMap))).append("</p>\n");
        }
        b.append("</figcaption>\n</figure>\n");
        b.append("<h2>Where the map sends pain from, region by region</h2>\n");
        for (Region r : kb.regions().values()) {
            List<Referral> rows = kb.referralsTo(r.id());
            b.append("<section class=\"pain-region\" id=\"pain-").append(escape(r.id())).append("\" data-region=\"")
                    .append(escape(r.id())).append("\">\n<h3>").append(escape(r.id())).append(" <span class=\"muted\">(")
                    .append(r.towardCentre() == null ? "centre" : escape("a step toward the centre: " + r.towardCentre()))
                    .append(")</span></h3>\n");
            if (rows.isEmpty()) {
                b.append("<p class=\"muted\">No map row refers pain here: the rules search around the pain.</p>\n");
            } else {
                b.append("<table>\n<thead><tr><th>muscle</th><th>trigger points at</th><th class=\"num\">steps toward centre</th>"
                        + "<th>source</th><th class=\"num\">line</th></tr></thead>\n<tbody>\n");
                for (Referral row : rows) {
                    b.append("<tr class=\"referral\"><td>").append(escape(row.muscle())).append("</td><td>")
                            .append(escape(row.triggerRegion())).append("</td><td class=\"num\">").append(row.stepsTowardCentre())
                            .append("</td><td>").append(escape(row.source())).append("</td><td class=\"num\">")
                            .append(row.line()).append("</td></tr>\n");
                }
                b.append("</tbody>\n</table>\n");
            }
            b.append("</section>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
                + "</title>\n<style>\n" + BodyMapReport.PAGE_STYLE + TABLE_STYLE + "</style>\n</head>\n<body>\n" + b
                + "</body>\n</html>\n";
    }
}
