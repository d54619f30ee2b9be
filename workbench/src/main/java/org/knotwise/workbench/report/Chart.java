package org.knotwise.workbench.report;

import org.knotwise.workbench.bodymap.CodeWords;
import org.knotwise.workbench.bodymap.PageWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One count of a report, as both pages draw it: an id (the HTML figure's), a title, the bars in
 * order, each bar's label (codes in words: the code stays in the bar's data-key), and what each bar's
 * percentage is of.
 *
 * @param whole the number each share is a part of (assessed cases, cases with a site...)
 * @param note  a sentence under the chart, or null
 */
public record Chart(String id, String title, List<Map.Entry<String, Long>> entries, Function<String, String> label,
                    long whole, String note) {
    /** The key of the bar that sums the keys beyond a chart's longest list. */
    public static final String MORE = "(more)";
    static final int MAX_BARS = 40;

    /** The charts of a summary, in page order (the breakdowns by input are drawn apart). */
    public static List<Chart> of(Summary s) {
        return of(s, PageWords.english());
    }

    /** The charts with their titles and notes in {@code w}'s language (page.summary.chart.<id>, ...). */
    public static List<Chart> of(Summary s, PageWords w) {
        String ofAssessed = w.w("page.summary.note.of-assessed");
        String eachReason = w.w("page.summary.note.each-reason");
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("outcome", w.w("page.summary.chart.outcome"),
                s.outcomes().inOrder(Outcome.KEYS), k -> Outcome.label(w, k), s.assessed(), ofAssessed));
        charts.add(new Chart("urgency", w.w("page.summary.chart.urgency"),
                s.urgency().inOrder(Summary.URGENCY_ORDER), k -> k, s.assessed(), ofAssessed));
        charts.add(new Chart("errors", w.w("page.summary.chart.errors"), capped(s.errors().counts()), CodeWords::error, s.lines(),
                w.w(s.errorLines() == 0 ? "page.summary.note.no-errors" : "page.summary.note.errors")));
        charts.add(new Chart("top-sites", w.w("page.summary.chart.top-sites"),
                capped(s.topSites()), k -> k, s.withSite(), sitesNote(s, w)));
        charts.add(new Chart("confidence", w.w("page.summary.chart.confidence"), s.confidence().inOrder(Summary.CONFIDENCE_ORDER),
                k -> k, s.withSite(), w.w("page.summary.note.with-site")));
        charts.add(new Chart("cautions", w.w("page.summary.chart.cautions"), capped(s.cautions()), CodeWords::caution,
                s.assessed(), cautionsNote(s, w)));
        charts.add(new Chart("corrections", w.w("page.summary.chart.corrections"), capped(s.adjustments()),
                CodeWords::adjustment, s.assessed(), w.w("page.summary.note.each-correction")));
        charts.add(new Chart("failure-reasons", w.w("page.summary.chart.failure-reasons"), capped(s.failureReasons()),
                CodeWords::failureReason, s.assessed(), eachReason));
        charts.add(new Chart("professional-reasons", w.w("page.summary.chart.professional-reasons"), capped(s.professionalReasons()),
                r -> w.card("card.reason.", r, CodeWords.professionalReason(r)), s.assessed(), eachReason));
        return charts;
    }

    /** The most frequent keys, the rest (and any key past the tally's bound) summed as {@link #MORE}. */
    static List<Map.Entry<String, Long>> capped(Tally t) {
        List<Map.Entry<String, Long>> all = t.byCount();
        if (all.size() <= MAX_BARS && t.others() == 0) {
            return all;
        }
        List<Map.Entry<String, Long>> shown = new ArrayList<>(all.subList(0, Math.min(MAX_BARS, all.size())));
        long rest = t.others() + all.subList(shown.size(), all.size()).stream().mapToLong(Map.Entry::getValue).sum();
        shown.add(Map.entry(MORE, rest));
        return shown;
    }

    private static String sitesNote(Summary s, PageWords w) {
        String note = w.w("page.summary.note.sites", "count", Text.count(s.withSite()));
        if (s.withSite() > 0 && s.withRelatesTo() == 0) {
            note += " " + w.w("page.summary.note.no-relates-to");
        }
        return note;
    }

    private static String cautionsNote(Summary s, PageWords w) {
        if (s.assessed() > 0 && s.withCautionsField() == 0) {
            return w.w("page.summary.note.no-cautions-field");
        }
        return w.w("page.summary.note.each-caution");
    }
}
