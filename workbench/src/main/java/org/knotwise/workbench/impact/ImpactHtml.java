package org.knotwise.workbench.impact;

import org.knotwise.workbench.report.SvgCharts;
import org.knotwise.workbench.report.Text;

import java.util.List;
import java.util.Map;

/** The impact as one self-contained page: a chart of the kinds of change, then each kind's examples. */
public final class ImpactHtml {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222;line-height:1.4}
            h2{margin-top:2rem;border-bottom:1px solid #ccc}svg text{font-size:12px;fill:#222}
            table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}.added{color:#1a6b33}.removed{color:#a12a22}code{font-size:.9em}
            """;

    private ImpactHtml() {
    }

    public static String render(Impact impact, String oldName, String newName) {
        String title = "Impact of the rules " + newName + " against " + oldName;
        StringBuilder b = new StringBuilder(32 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(Text.html(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<h1>").append(Text.html(title))
                .append("</h1>\n<p id=\"totals\" data-cases=\"").append(impact.cases()).append("\" data-changed=\"")
                .append(impact.changed()).append("\">").append(Text.count(impact.cases())).append(" case(s), ")
                .append(Text.count(impact.changed())).append(" changed (").append(Text.share(impact.changed(), impact.cases()))
                .append(").</p>\n");
        List<Map.Entry<String, Long>> kinds = impact.kinds().byCount();
        b.append("<figure class=\"chart\" id=\"chart-kinds\"><figcaption><h2>Changes by kind</h2></figcaption>\n");
        if (kinds.isEmpty()) {
            b.append("<p class=\"empty\">No answer changed.</p>\n");
        } else {
            b.append(SvgCharts.bars("Changes by kind", kinds, k -> k, impact.cases(), "#3a7dbf"));
        }
        b.append("</figure>\n");
        for (Map.Entry<String, Long> e : kinds) {
            b.append("<section class=\"kind\" data-kind=\"").append(Text.html(e.getKey())).append("\" data-count=\"")
                    .append(e.getValue()).append("\">\n<h2>").append(Text.html(e.getKey())).append(" (")
                    .append(Text.count(e.getValue())).append(")</h2>\n<table>\n<tr><th>line</th><th>case</th><th>detail</th>")
                    .append("<th>fired only with the new rules</th><th>fired only with the old rules</th></tr>\n");
            for (Impact.Example x : impact.examples(e.getKey())) {
                b.append("<tr class=\"example\"><td>").append(x.line()).append("</td><td>").append(Text.html(x.id()))
                        .append("</td><td>").append(Text.html(x.detail())).append("</td><td class=\"added\">")
                        .append(codes(x.firedOnlyNew())).append("</td><td class=\"removed\">").append(codes(x.firedOnlyOld()))
                        .append("</td></tr>\n");
            }
            b.append("</table>\n</section>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static String codes(List<String> rules) {
        StringBuilder b = new StringBuilder();
        for (String r : rules) {
            b.append(b.length() == 0 ? "" : " ").append("<code>").append(Text.html(r)).append("</code>");
        }
        return b.toString();
    }
}
