package org.knotwise.workbench.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The summary as Markdown: the same counts as the page, as tables with a text bar. */
public final class ReportMarkdown {
    private static final int BAR = 20;

    private ReportMarkdown() {
    }

    public static String render(Summary s, String title) {
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("# ").append(title).append("\n\n")
                .append("Self-help advice drawn from one article, not a medical diagnosis: these are counts of what the rules advised.\n\n")
                .append("| | |\n|---|---:|\n")
                .append("| lines | ").append(Text.count(s.lines())).append(" |\n")
                .append("| assessed cases | ").append(Text.count(s.assessed())).append(" |\n")
                .append("| error lines | ").append(Text.count(s.errorLines())).append(" |\n");
        if (s.unreadable() > 0) {
            b.append("| unreadable output lines (first: ").append(ReportHtml.lines(s.firstUnreadable())).append(") | ")
                    .append(Text.count(s.unreadable())).append(" |\n");
        }
        for (Chart c : Chart.of(s)) {
            b.append("\n## ").append(c.title()).append("\n\n");
            if (c.note() != null) {
                b.append(c.note()).append("\n\n");
            }
            if (c.entries().isEmpty()) {
                b.append("None in these cases.\n");
                continue;
            }
            boolean errors = c.id().equals("errors");
            boolean sites = c.id().equals("top-sites") && s.withRelatesTo() > 0;
            long max = c.entries().stream().mapToLong(Map.Entry::getValue).max().orElse(0);
            b.append("| | count | share | |").append(errors ? " first lines |" : sites ? " relates to |" : "").append('\n')
                    .append("|---|---:|---:|---|").append(errors || sites ? "---|" : "").append('\n');
            for (Map.Entry<String, Long> e : c.entries()) {
                b.append("| ").append(Text.cell(c.label().apply(e.getKey()))).append(" | ").append(Text.count(e.getValue()))
                        .append(" | ").append(Text.share(e.getValue(), c.whole())).append(" | ").append(bar(e.getValue(), max)).append(" |");
                if (errors) {
                    b.append(' ').append(ReportHtml.lines(s.errors().firstLines(e.getKey()))).append(" |");
                } else if (sites) {
                    b.append(' ').append(Text.cell(s.relatesTo(e.getKey()).byCount().stream()
                            .map(r -> r.getKey() + " " + Text.count(r.getValue())).collect(Collectors.joining(", ")))).append(" |");
                }
                b.append('\n');
            }
        }
        if (s.hasInput()) {
            breakdown(b, "By pain region", "pain region",
                    "Each case counts once under every pain region it names.", s.byRegion().byCases());
            breakdown(b, "By severity", "severity", "Each case counts once, under the severity it gives (0 to 10).",
                    s.bySeverity().inOrder(CaseFacts.SEVERITY_ORDER));
        }
        return b.toString();
    }

    private static void breakdown(StringBuilder b, String title, String what, String note, List<Map.Entry<String, Slice>> groups) {
        b.append("\n## ").append(title).append("\n\n").append(note).append("\n\n| ").append(what).append(" | cases | errors |");
        for (String k : Outcome.KEYS) {
            b.append(' ').append(Text.cell(Outcome.label(k))).append(" |");
        }
        for (String u : Summary.URGENCY_ORDER) {
            b.append(" urgency ").append(u).append(" |");
        }
        b.append(" most frequent top site |\n|---|---:|---:|");
        b.append("---:|".repeat(Outcome.KEYS.size() + Summary.URGENCY_ORDER.size())).append("---|\n");
        for (Map.Entry<String, Slice> g : groups) {
            Slice sl = g.getValue();
            b.append("| ").append(Text.cell(g.getKey())).append(" | ").append(Text.count(sl.cases())).append(" | ")
                    .append(Text.count(sl.errors())).append(" |");
            for (String k : Outcome.KEYS) {
                b.append(' ').append(Text.count(sl.outcomes().count(k))).append(" |");
            }
            for (String u : Summary.URGENCY_ORDER) {
                b.append(' ').append(Text.count(sl.urgency().count(u))).append(" |");
            }
            String top = sl.topSites().top();
            b.append(' ').append(top == null ? "" : Text.cell(top)).append(" |\n");
        }
    }

    private static String bar(long n, long max) {
        int w = max == 0 ? 0 : (int) Math.round((double) BAR * n / max);
        return "█".repeat(Math.max(n > 0 ? 1 : 0, w));
    }
}
