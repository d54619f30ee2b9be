package org.knotwise.workbench.report;

import org.knotwise.workbench.bodymap.PageWords;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Charts as inline SVG, drawn on the server: nothing to fetch, no script needed. Every bar carries
 * its key and count as {@code data-} attributes, and shows the count as text.
 */
public final class SvgCharts {
    private static final int WIDTH = 760;
    private static final int LABEL = 250;
    private static final int BAR_MAX = 380;
    private static final int ROW = 24;
    /** Colours per outcome (and errors), also used by the legend. */
    static final Map<String, String> OUTCOME_COLOURS = Map.of(
            Outcome.SELF_CARE.key(), "#3a9a5b", Outcome.SELF_CARE_AND_PROFESSIONAL.key(), "#9cc65a",
            Outcome.PROFESSIONAL.key(), "#e8a33d", Outcome.RED_FLAG.key(), "#c8413b", "errors", "#9a9a9a");

    private SvgCharts() {
    }

    /**
     * A horizontal bar chart, one bar per entry, scaled to the largest count.
     *
     * @param share the whole that each bar's percentage is of
     */
    public static String bars(String title, List<Map.Entry<String, Long>> entries, Function<String, String> label,
                              long share, String colour) {
        long max = entries.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
        int height = Math.max(1, entries.size()) * ROW + 8;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Text.html(title)).append("\">\n");
        int y = 4;
        for (Map.Entry<String, Long> e : entries) {
            long n = e.getValue();
            int w = max == 0 ? 0 : (int) Math.max(n > 0 ? 1 : 0, Math.round((double) BAR_MAX * n / max));
            String name = label.apply(e.getKey());
            b.append("<g class=\"bar\" data-key=\"").append(Text.html(e.getKey())).append("\" data-count=\"").append(n)
                    .append("\" transform=\"translate(0,").append(y).append(")\">")
                    .append("<title>").append(Text.html(name)).append(": ").append(Text.count(n)).append(" (")
                    .append(Text.share(n, share)).append(")</title>")
                    .append("<text class=\"label\" x=\"0\" y=\"15\">").append(Text.html(name)).append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"3\" width=\"").append(w)
                    .append("\" height=\"16\" fill=\"").append(colour).append("\"/>")
                    .append("<text class=\"value\" x=\"").append(LABEL + w + 6).append("\" y=\"15\">")
                    .append("<tspan class=\"count\">").append(Text.count(n)).append("</tspan>")
                    .append("<tspan class=\"share\" fill=\"#666\"> (").append(Text.share(n, share)).append(")</tspan>")
                    .append("</text></g>\n");
            y += ROW;
        }
        return b.append("</svg>\n").toString();
    }

    /** One stacked bar per group, a segment per outcome and one for errors, scaled to the largest group. */
    public static String stacked(String title, List<Map.Entry<String, Slice>> groups, PageWords words) {
        long max = groups.stream().mapToLong(g -> g.getValue().cases()).max().orElse(0);
        int height = Math.max(1, groups.size()) * ROW + 8;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"stacked\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"").append(Text.html(title)).append("\">\n");
        int y = 4;
        for (Map.Entry<String, Slice> g : groups) {
            Slice s = g.getValue();
            b.append("<g class=\"group\" data-key=\"").append(Text.html(g.getKey())).append("\" data-cases=\"")
                    .append(s.cases()).append("\" transform=\"translate(0,").append(y).append(")\">")
                    .append("<text class=\"label\" x=\"0\" y=\"15\">").append(Text.html(g.getKey())).append("</text>");
            double x = LABEL;
            for (String k : Outcome.KEYS) {
                x = segment(b, x, k, Outcome.label(words, k), s.outcomes().count(k), s.cases(), max);
            }
            x = segment(b, x, "errors", words.w("page.summary.errors"), s.errors(), s.cases(), max);
            b.append("<text class=\"value\" x=\"").append(Math.round(x) + 6).append("\" y=\"15\">")
                    .append(Text.count(s.cases())).append("</text></g>\n");
            y += ROW;
        }
        return b.append("</svg>\n").toString();
    }

    private static double segment(StringBuilder b, double x, String key, String label, long n, long whole, long max) {
        double w = max == 0 ? 0 : (double) BAR_MAX * n / max;
        b.append("<rect class=\"seg\" data-key=\"").append(key).append("\" data-count=\"").append(n)
                .append("\" x=\"").append(String.format(java.util.Locale.ROOT, "%.2f", x)).append("\" y=\"3\" width=\"")
                .append(String.format(java.util.Locale.ROOT, "%.2f", w)).append("\" height=\"16\" fill=\"")
                .append(OUTCOME_COLOURS.get(key)).append("\"><title>").append(Text.html(label)).append(": ")
                .append(Text.count(n)).append(" (").append(Text.share(n, whole)).append(")</title></rect>");
        return x + w;
    }

    /** The colour key for the stacked charts. */
    public static String legend(PageWords words) {
        StringBuilder b = new StringBuilder("<p class=\"legend\">");
        for (String k : Outcome.KEYS) {
            swatch(b, k, Outcome.label(words, k));
        }
        swatch(b, "errors", words.w("page.summary.error-lines"));
        return b.append("</p>\n").toString();
    }

    private static void swatch(StringBuilder b, String key, String label) {
        b.append("<span class=\"swatch\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"12\" height=\"12\">")
                .append("<rect width=\"12\" height=\"12\" fill=\"").append(OUTCOME_COLOURS.get(key))
                .append("\"/></svg> ").append(Text.html(label)).append("</span> ");
    }
}
