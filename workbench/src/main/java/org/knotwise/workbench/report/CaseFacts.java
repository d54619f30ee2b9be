package org.knotwise.workbench.report;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.json.KnotwiseJson;

import java.util.ArrayList;
import java.util.List;

/**
 * What a report breaks the results down by, read from one input line: the pain regions (each
 * distinct one) and the severity. A line that cannot be read still gets keys, so it is counted.
 */
public record CaseFacts(List<String> painRegions, String severity) implements java.io.Serializable {
    public static final String UNREADABLE = "(unreadable)";
    public static final String NOT_GIVEN = "not given";
    public static final String INVALID = "invalid";
    /** The severity keys in scale order, then the ones for no usable value. */
    public static final List<String> SEVERITY_ORDER = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
            NOT_GIVEN, INVALID, UNREADABLE);

    static final CaseFacts UNREADABLE_LINE = new CaseFacts(List.of(UNREADABLE), UNREADABLE);

    /** Reads an input line's text; null text (a line that was not UTF-8 or too long) is unreadable. */
    public static CaseFacts of(String line) {
        if (line == null || line.isBlank()) {
            return UNREADABLE_LINE;
        }
        JsonNode c;
        try {
            c = KnotwiseJson.parse(line);
        } catch (RuntimeException e) {
            return UNREADABLE_LINE;
        }
        if (c == null || !c.isObject()) {
            return UNREADABLE_LINE;
        }
        JsonNode complaint = c.path("complaint");
        List<String> regions = new ArrayList<>(2);
        for (JsonNode r : complaint.path("regions")) {
            String key = r.isTextual() ? r.asText() : INVALID;
            if (!regions.contains(key)) {
                regions.add(key);
            }
        }
        if (regions.isEmpty()) {
            regions.add(NOT_GIVEN);
        }
        JsonNode s = complaint.path("severity");
        String severity = s.isMissingNode() || s.isNull() ? NOT_GIVEN
                : s.isIntegralNumber() && s.asInt() >= 0 && s.asInt() <= 10 ? Integer.toString(s.asInt()) : INVALID;
        return new CaseFacts(List.copyOf(regions), severity);
    }
}
