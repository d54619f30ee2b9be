package org.knotwise.workbench.report;

import org.knotwise.workbench.bodymap.PageWords;

import java.util.Arrays;
import java.util.List;

/**
 * What an assessment tells the person to do, in four exclusive kinds: a red flag outranks
 * everything; without one, no self-care means a professional instead; self-care may come with a
 * recommendation to see a professional too (no progress, long-standing pain, blood thinners...).
 */
public enum Outcome {
    SELF_CARE("self-care", "self-care"),
    SELF_CARE_AND_PROFESSIONAL("self-care-and-professional", "self-care, and see a professional"),
    PROFESSIONAL("professional", "a professional instead of self-care"),
    RED_FLAG("red-flag", "red flag");

    public static final List<String> KEYS = Arrays.stream(values()).map(Outcome::key).toList();

    private final String key;
    private final String label;

    Outcome(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Outcome of(OutputFacts a) {
        if (a.redFlag()) {
            return RED_FLAG;
        }
        if (!a.selfCare()) {
            return PROFESSIONAL;
        }
        return a.professionalRecommended() ? SELF_CARE_AND_PROFESSIONAL : SELF_CARE;
    }

    /** The outcome's words on the summary page ({@code page.summary.outcome.<key>}), else the key. */
    public static String label(PageWords w, String key) {
        String k = "page.summary.outcome." + key;
        return w.has(k) ? w.w(k) : key;
    }

    public static String label(String key) {
        for (Outcome o : values()) {
            if (o.key.equals(key)) {
                return o.label;
            }
        }
        return key;
    }
}
