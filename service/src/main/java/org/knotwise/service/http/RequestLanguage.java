package org.knotwise.service.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The language a request asks its answer in: {@code ?lang=es} (which must be one the rules speak: else
 * 400), else the best of {@code Accept-Language} the rules speak (q-values honoured, English when none
 * is), else none: then the answer is English with no {@code language} field, as before languages.
 */
public final class RequestLanguage {
    public static final String CONTENT_LANGUAGE = "Content-Language";

    private RequestLanguage() {
    }

    /** The language code, or null when the request names none. */
    public static String of(Exchange ex, List<String> available) {
        String lang = ex.query("lang");
        if (lang != null) {
            String code = lang.strip().toLowerCase(Locale.ROOT);
            if (!available.contains(code)) {
                throw HttpError.badRequest("UNKNOWN_VALUE", "lang", "lang must be one of " + String.join(", ", available)
                        + ", not " + lang);
            }
            return code;
        }
        return fromAcceptLanguage(ex.header("Accept-Language"), available);
    }

    /** The header's most wanted language the rules speak; English when it wants none of them; null without a header. */
    static String fromAcceptLanguage(String header, List<String> available) {
        if (header == null || header.isBlank()) {
            return null;
        }
        record Wanted(String code, double q, int order) {
        }
        List<Wanted> wanted = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] range = parts[i].strip().split(";");
            String tag = range[0].strip().toLowerCase(Locale.ROOT);
            double q = 1.0;
            for (int j = 1; j < range.length; j++) {
                String p = range[j].strip();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0; // a malformed weight: not wanted
                    }
                }
            }
            // es-MX is answered in es: the rules' languages are primary tags
            String primary = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
            if (q > 0 && !primary.isEmpty()) {
                wanted.add(new Wanted(primary, q, i));
            }
        }
        wanted.sort(Comparator.comparingDouble((Wanted w) -> -w.q()).thenComparingInt(Wanted::order));
        for (Wanted w : wanted) {
            if (available.contains(w.code())) {
                return w.code();
            }
            if (w.code().equals("*")) {
                return available.isEmpty() ? null : available.get(0);
            }
        }
        return "en";
    }
}
