package org.knotwise.workbench.report;

import org.knotwise.workbench.bodymap.Markup;

import java.util.Locale;

/** Number formats and escaping shared by the report pages. */
public final class Text {
    private Text() {
    }

    /** 1234567 as "1,234,567". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A share as a percentage with one decimal ("12.5%"), "0%" of nothing. */
    public static String share(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    public static String html(String s) {
        return Markup.escape(s);
    }

    /** Text for a Markdown table cell: no pipe, no line break, no HTML. */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\r", " ").replace("\n", " ");
    }
}
