package org.knotwise.engine.json;

import org.knotwise.kb.EditDistance;
import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.model.FieldWarning;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields the contract knows in each object of a case. A field outside them is still read past
 * (forward compatibility), but never silently: it becomes a warning, with the likely intended name.
 */
final class KnownFields {
    static final Set<String> CASE = Set.of("id", "complaint", "redFlags", "spots", "history", "person");
    static final Set<String> COMPLAINT = Set.of("regions", "side", "quality", "severity", "durationDays", "onset",
            "swelling");
    static final Set<String> SPOT = Set.of("region", "tender", "goodPain", "relevant", "bumpOrTwitch",
            "fibreDirectionKnown");
    static final Set<String> HISTORY = Set.of("method", "intensity", "minutesPerSession", "sessionsPerDay", "tool",
            "lightPressure", "days", "outcome", "negativeReactions", "professionalStyle");
    static final Set<String> PERSON = Set.of("age", "anticoagulants", "pregnant");

    /** A misspelling this far from a known name (in edits) is still suggested. */
    private static final int MAX_EDITS = 2;

    private KnownFields() {
    }

    /** Adds a warning for each field of {@code node} (at {@code path}, "" at the top) the contract does not know. */
    static void check(JsonNode node, String path, Set<String> known, List<FieldWarning> warnings) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                String prefix = path.isEmpty() ? "" : path + ".";
                String suggestion = closest(name, known);
                warnings.add(new FieldWarning(prefix + name, suggestion == null
                        ? "unknown field, ignored"
                        : "unknown field, did you mean " + prefix + suggestion + "?"));
            }
        }
    }

    /** The known name nearest to a misspelt one, or null when none is close; ties go to the first in order. */
    static String closest(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int d = EditDistance.between(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.min(MAX_EDITS, Math.max(1, name.length() / 3)) ? best : null;
    }

}
