package org.knotwise.workbench.report;

import org.knotwise.workbench.bodymap.PageWords;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The summary as one self-contained HTML page: inline style and inline SVG charts, no script,
 * nothing fetched. Each chart is a {@code figure.chart} with the id {@code chart-NAME}.
 */
public final class ReportHtml {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222;line-height:1.4}
            h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}
            figure.chart{margin:1rem 0 2rem}
            svg text{font-size:12px;fill:#222}.note{color:#555;font-size:.9rem;margin:.2rem 0}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}td.num{text-align:right}.swatch{margin-right:1rem;white-space:nowrap}
            dl.totals{display:grid;grid-template-columns:max-content max-content;gap:.1rem 1rem}dt{color:#555}dd{margin:0;font-weight:600}
            """;

    private ReportHtml() {
    }

    public static String render(Summary s, String title) {
        return render(s, title, PageWords.english());
    }

    /** The page with its headings, notes and table heads in {@code w}'s language (the title as given). */
    public static String render(Summary s, String title, PageWords w) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(w.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Text.html(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Text.html(title)).append("</h1>\n")
                .append("<p class=\"note\">").append(Text.html(w.w("page.summary.disclaimer"))).append("</p>\n");
        totals(b, s, w);
        for (Chart c : Chart.of(s, w)) {
            figure(b, c, s, w);
        }
        if (s.hasInput()) {
            breakdown(b, "by-region", w.w("page.summary.by-region"), w.w("page.summary.by-region.note"),
                    s.byRegion().byCases(), w);
            breakdown(b, "by-severity", w.w("page.summary.by-severity"), w.w("page.summary.by-severity.note"),
                    s.bySeverity().inOrder(CaseFacts.SEVERITY_ORDER), w);
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void totals(StringBuilder b, Summary s, PageWords w) {
        b.append("<dl class=\"totals\" id=\"totals\">\n");
        total(b, "lines", w.w("page.summary.total.lines"), s.lines());
        total(b, "assessed", w.w("page.summary.total.assessed"), s.assessed());
        total(b, "errors", w.w("page.summary.total.errors"), s.errorLines());
        if (s.unreadable() > 0) {
            total(b, "unreadable", w.w("page.summary.total.unreadable"), s.unreadable());
        }
        b.append("</dl>\n");
        if (s.unreadable() > 0) {
            b.append("<p class=\"note\" id=\"unreadable-lines\">")
                    .append(Text.html(w.w("page.summary.unreadable-lines", "lines", lines(s.firstUnreadable())))).append("</p>\n");
        }
    }

    private static void total(StringBuilder b, String id, String label, long n) {
        b.append("<dt>").append(Text.html(label)).append("</dt><dd id=\"total-").append(id).append("\" data-count=\"").append(n)
                .append("\">").append(Text.count(n)).append("</dd>\n");
    }

    private static void figure(StringBuilder b, Chart c, Summary s, PageWords w) {
        b.append("<figure class=\"chart\" id=\"chart-").append(c.id()).append("\">\n<figcaption><h2>")
                .append(Text.html(c.title())).append("</h2></figcaption>\n");
        if (c.entries().isEmpty()) {
            b.append("<p class=\"empty\">").append(Text.html(w.w("page.summary.none"))).append("</p>\n");
        } else {
            b.append(SvgCharts.bars(c.title(), c.entries(), c.label(), c.whole(), "#3a7dbf"));
        }
        if (c.note() != null) {
            b.append("<p class=\"note\">").append(Text.html(c.note())).append("</p>\n");
        }
        if (c.id().equals("errors") && !c.entries().isEmpty()) {
            errorTable(b, c, s, w);
        }
        if (c.id().equals("top-sites") && !c.entries().isEmpty() && s.withRelatesTo() > 0) {
            siteTable(b, c, s, w);
        }
        b.append("</figure>\n");
    }

    private static void errorTable(StringBuilder b, Chart c, Summary s, PageWords w) {
        b.append("<table class=\"error-lines\">\n<tr>").append(th(w, "page.summary.th.error")).append(th(w, "page.summary.th.lines"))
                .append(th(w, "page.summary.th.first-lines")).append("</tr>\n");
        for (Map.Entry<String, Long> e : c.entries()) {
            if (e.getKey().equals(Chart.MORE)) {
                continue;
            }
            b.append("<tr data-key=\"").append(Text.html(e.getKey())).append("\"><td>").append(Text.html(c.label().apply(e.getKey())))
                    .append(" <code>").append(Text.html(e.getKey())).append("</code></td><td class=\"num\">").append(Text.count(e.getValue())).append("</td><td class=\"first-lines\">")
                    .append(lines(s.errors().firstLines(e.getKey()))).append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void siteTable(StringBuilder b, Chart c, Summary s, PageWords w) {
        b.append("<table class=\"relates-to\">\n<tr>").append(th(w, "page.summary.th.top-site")).append(th(w, "page.summary.th.cases"))
                .append(th(w, "page.summary.th.relates-to")).append("</tr>\n");
        for (Map.Entry<String, Long> e : c.entries()) {
            if (e.getKey().equals(Chart.MORE)) {
                continue;
            }
            String related = s.relatesTo(e.getKey()).byCount().stream()
                    .map(r -> "<span class=\"related\" data-key=\"" + Text.html(r.getKey()) + "\" data-count=\"" + r.getValue()
                            + "\">" + Text.html(r.getKey()) + " " + Text.count(r.getValue()) + "</span>")
                    .collect(Collectors.joining(", "));
            b.append("<tr data-key=\"").append(Text.html(e.getKey())).append("\"><td>").append(Text.html(e.getKey()))
                    .append("</td><td class=\"num\">").append(Text.count(e.getValue())).append("</td><td>").append(related)
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void breakdown(StringBuilder b, String id, String title, String note, List<Map.Entry<String, Slice>> groups,
                                  PageWords w) {
        b.append("<figure class=\"chart breakdown\" id=\"chart-").append(id)
                .append("\">\n<figcaption><h2>").append(Text.html(w.w("page.summary.advised", "group", title)))
                .append("</h2></figcaption>\n")
                .append(SvgCharts.legend(w)).append(SvgCharts.stacked(title, groups, w))
                .append("<p class=\"note\">").append(Text.html(note)).append("</p>\n")
                .append("<table class=\"breakdown\">\n<tr>")
                .append(th(w, id.equals("by-region") ? "page.summary.th.pain-region" : "page.summary.th.severity"))
                .append(th(w, "page.summary.th.cases")).append(th(w, "page.summary.errors"));
        for (String k : Outcome.KEYS) {
            b.append("<th>").append(Text.html(Outcome.label(w, k))).append("</th>");
        }
        for (String u : Summary.URGENCY_ORDER) {
            b.append("<th>").append(Text.html(w.w("page.summary.th.urgency", "urgency", u))).append("</th>");
        }
        b.append(th(w, "page.summary.th.most-frequent")).append("</tr>\n");
        for (Map.Entry<String, Slice> g : groups) {
            Slice sl = g.getValue();
            b.append("<tr class=\"group\" data-key=\"").append(Text.html(g.getKey())).append("\"><td>")
                    .append(Text.html(g.getKey())).append("</td>");
            cell(b, "cases", sl.cases());
            cell(b, "errors", sl.errors());
            for (String k : Outcome.KEYS) {
                cell(b, k, sl.outcomes().count(k));
            }
            for (String u : Summary.URGENCY_ORDER) {
                cell(b, "urgency-" + u, sl.urgency().count(u));
            }
            String top = sl.topSites().top();
            b.append("<td data-col=\"top-site\">").append(top == null ? "" : Text.html(top)).append("</td></tr>\n");
        }
        b.append("</table>\n</figure>\n");
    }

    private static String th(PageWords w, String key) {
        return "<th>" + Text.html(w.w(key)) + "</th>";
    }

    private static void cell(StringBuilder b, String col, long n) {
        b.append("<td class=\"num\" data-col=\"").append(col).append("\">").append(Text.count(n)).append("</td>");
    }

    static String lines(List<Long> lines) {
        return lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
