package org.knotwise.workbench.catalogue;

import java.util.List;
import java.util.Locale;

/**
 * The article's headings in the article's order (headings only: the text itself stays with its
 * publisher), so the catalogue lists rules as a reader meets them. A rule's {@code @source} names its
 * section first ({@code "§ Heading (sub-heading or detail); other sources"}); a sub-heading of
 * "Basic self-massage instructions" in the parentheses places it under that sub-heading.
 */
public final class ArticleSections {

    /** One heading of the article with the sub-headings it holds, in order. */
    public record Heading(String title, List<String> subheadings) {
    }

    /** The article "Basic Self-Massage Tips for Myofascial Trigger Points" (PainScience.com), heading by heading. */
    static final List<Heading> ARTICLE = List.of(
            new Heading("Basic Self-Massage Tips for Myofascial Trigger Points", List.of()),
            new Heading("Experimental medicine, but worthwhile", List.of()),
            new Heading("Why does just a little rubbing seem to help so much?", List.of()),
            new Heading("Crash course in finding trigger points", List.of()),
            new Heading("Basic self-massage instructions for trigger points",
                    List.of("Rub in what way?", "Rub how hard?", "Rub how much, how often?", "Rub with what?")),
            new Heading("How do you know it's working? Getting a trigger point to release", List.of()),
            new Heading("Upgrades", List.of()),
            new Heading("What if you can't make progress yourself?", List.of()),
            new Heading("This is the tip of the trigger point iceberg", List.of()),
            new Heading("Notes", List.of()));

    /** The title of the section for rules whose source names no heading of the article. */
    public static final String OTHER = "Other sources";

    /**
     * Where a rule belongs: the heading's place in the article (one past the last for other sources),
     * and the sub-heading's place (0 for the section's general part).
     */
    public record Place(int section, String title, int sub, String subheading) implements Comparable<Place> {
        @Override
        public int compareTo(Place o) {
            return section != o.section ? Integer.compare(section, o.section) : Integer.compare(sub, o.sub);
        }

        /** Heading and sub-heading as one line, e.g. {@code "Basic self-massage instructions…: Rub how hard?"}. */
        public String label() {
            return subheading == null ? title : title + ": " + subheading;
        }
    }

    private ArticleSections() {
    }

    public static List<Heading> headings() {
        return ARTICLE;
    }

    /** The place of a rule with this {@code @source}. */
    public static Place place(String source) {
        String first = source == null ? "" : source.split(";", 2)[0].strip();
        if (first.startsWith("§")) {
            first = first.substring(1).strip();
        }
        String key = normal(first);
        for (int i = 0; i < ARTICLE.size(); i++) {
            Heading h = ARTICLE.get(i);
            String title = normal(h.title());
            if (!title.isEmpty() && key.startsWith(title)) {
                String rest = key.substring(title.length()).strip();
                for (int j = 0; j < h.subheadings().size(); j++) {
                    if (rest.startsWith(normal(h.subheadings().get(j)))) {
                        return new Place(i, h.title(), j + 1, h.subheadings().get(j));
                    }
                }
                return new Place(i, h.title(), 0, null);
            }
        }
        return new Place(ARTICLE.size(), OTHER, 0, null);
    }

    /** Letters and digits only, lower case: curly quotes, punctuation and spacing never decide a match. */
    private static String normal(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
