package org.knotwise.workbench.report;

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
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Text.html(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Text.html(title)).append("</h1>\n")
                .append("<p class=\"note\">Self-help advice drawn from one article, not a medical diagnosis: these are counts of what the rules advised.</p>\n");
        totals(b, s);
        for (Chart c : Chart.of(s)) {
            figure(b, c, s);
        }
        if (s.hasInput()) {
            breakdown(b, "by-region", "By pain region",
                    "Each case counts once under every pain region it names, so the groups add up to more than the cases.",
                    s.byRegion().byCases());
            breakdown(b, "by-severity", "By severity", "Each case counts once, under the severity it gives (0 to 10).",
                    s.bySeverity().inOrder(CaseFacts.SEVERITY_ORDER));
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void totals(StringBuilder b, Summary s) {
        b.append("<dl class=\"totals\" id=\"totals\">\n");
        total(b, "lines", "Lines", s.lines());
        total(b, "assessed", "Assessed cases", s.assessed());
        total(b, "errors", "Error lines", s.errorLines());
        if (s.unreadable() > 0) {
            total(b, "unreadable", "Unreadable output lines", s.unreadable());
        }
        b.append("</dl>\n");
        if (s.unreadable() > 0) {
            b.append("<p class=\"note\" id=\"unreadable-lines\">Output lines that are neither an assessment nor an error line, first ones: ")
                    .append(lines(s.firstUnreadable())).append(".</p>\n");
        }
    }

    private static void total(StringBuilder b, String id, String label, long n) {
        b.append("<dt>").append(label).append("</dt><dd id=\"total-").append(id).append("\" data-count=\"").append(n)
                .append("\">").append(Text.count(n)).append("</dd>\n");
    }

    private static void figure(StringBuilder b, Chart c, Summary s) {
        b.append("<figure class=\"chart\" id=\"chart-").append(c.id()).append("\">\n<figcaption><h2>")
                .append(Text.html(c.title())).append("</h2></figcaption>\n");
        if (c.entries().isEmpty()) {
            b.append("<p class=\"empty\">None in these cases.</p>\n");
        } else {
            b.append(SvgCharts.bars(c.title(), c.entries(), c.label(), c.whole(), "#3a7dbf"));
        }
        if (c.note() != null) {
            b.append("<p class=\"note\">").append(Text.html(c.note())).append("</p>\n");
        }
        if (c.id().equals("errors") && !c.entries().isEmpty()) {
            errorTable(b, c, s);
        }
        if (c.id().equals("top-sites") && !c.entries().isEmpty() && s.withRelatesTo() > 0) {
            siteTable(b, c, s);
        }
        b.append("</figure>\n");
    }

    private static void errorTable(StringBuilder b, Chart c, Summary s) {
        b.append("<table class=\"error-lines\">\n<tr><th>error</th><th>lines</th><th>first lines</th></tr>\n");
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

    private static void siteTable(StringBuilder b, Chart c, Summary s) {
        b.append("<table class=\"relates-to\">\n<tr><th>top site</th><th>cases</th><th>relates to the pain at</th></tr>\n");
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

    private static void breakdown(StringBuilder b, String id, String title, String note, List<Map.Entry<String, Slice>> groups) {
        b.append("<figure class=\"chart breakdown\" id=\"chart-").append(id)
                .append("\">\n<figcaption><h2>").append(title).append(": what was advised</h2></figcaption>\n")
                .append(SvgCharts.legend()).append(SvgCharts.stacked(title, groups))
                .append("<p class=\"note\">").append(Text.html(note)).append("</p>\n")
                .append("<table class=\"breakdown\">\n<tr><th>").append(id.equals("by-region") ? "pain region" : "severity")
                .append("</th><th>cases</th><th>errors</th>");
        for (String k : Outcome.KEYS) {
            b.append("<th>").append(Text.html(Outcome.label(k))).append("</th>");
        }
        for (String u : Summary.URGENCY_ORDER) {
            b.append("<th>urgency ").append(u).append("</th>");
        }
        b.append("<th>most frequent top site</th></tr>\n");
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

    private static void cell(StringBuilder b, String col, long n) {
        b.append("<td class=\"num\" data-col=\"").append(col).append("\">").append(Text.count(n)).append("</td>");
    }

    static String lines(List<Long> lines) {
        return lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
