package org.knotwise.workbench.report;

import org.knotwise.workbench.bodymap.CodeWords;

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
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("outcome", "Self-care, professional or red flag",
                s.outcomes().inOrder(Outcome.KEYS), Outcome::label, s.assessed(), "Of the assessed cases."));
        charts.add(new Chart("urgency", "Urgency of professional help",
                s.urgency().inOrder(Summary.URGENCY_ORDER), k -> k, s.assessed(), "Of the assessed cases."));
        charts.add(new Chart("errors", "Errors by code", capped(s.errors().counts()), CodeWords::error, s.lines(),
                s.errorLines() == 0 ? "No line had an error." : "Of all lines; the first line numbers of each code are listed below."));
        charts.add(new Chart("top-sites", "Top sites (the best-ranked candidate site of each case)",
                capped(s.topSites()), k -> k, s.withSite(), sitesNote(s)));
        charts.add(new Chart("confidence", "Confidence of the top site", s.confidence().inOrder(Summary.CONFIDENCE_ORDER),
                k -> k, s.withSite(), "Of the cases with a candidate site."));
        charts.add(new Chart("cautions", "Cautions", capped(s.cautions()), CodeWords::caution, s.assessed(), cautionsNote(s)));
        charts.add(new Chart("corrections", "Corrections of what was tried (adjustments)", capped(s.adjustments()),
                CodeWords::adjustment, s.assessed(), "Cases with each correction, of the assessed cases."));
        charts.add(new Chart("failure-reasons", "Why self-massage may be failing", capped(s.failureReasons()),
                CodeWords::failureReason, s.assessed(), "Cases with each reason, of the assessed cases."));
        charts.add(new Chart("professional-reasons", "Reasons to see a professional", capped(s.professionalReasons()),
                CodeWords::professionalReason, s.assessed(), "Cases with each reason, of the assessed cases."));
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

    private static String sitesNote(Summary s) {
        String note = "Of the " + Text.count(s.withSite()) + " cases with a candidate site.";
        if (s.withSite() > 0 && s.withRelatesTo() == 0) {
            note += " The output names no relatesTo for its sites (written before contract v2): the pain regions they relate to are not known.";
        }
        return note;
    }

    private static String cautionsNote(Summary s) {
        if (s.assessed() > 0 && s.withCautionsField() == 0) {
            return "The output has no cautions field (written before contract v2): no caution could be counted.";
        }
        return "Cases with each caution, of the assessed cases.";
    }
}
