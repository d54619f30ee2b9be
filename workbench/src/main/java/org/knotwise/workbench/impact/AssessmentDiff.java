package org.knotwise.workbench.impact;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.json.KnotwiseJson;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two output lines of the same case (old rules, new rules) as the contract's JSON. The
 * explanation's order and the {@code ruleBase} that answered (contract v2) are not changes of the
 * answer: the first may vary from build to build, the second always differs between rule bases.
 */
public final class AssessmentDiff {
    /** Lists of {@code {code, ...}} objects whose codes are compared one by one, and how a kind names them. */
    private static final List<String[]> CODE_LISTS = List.of(
            new String[]{"adjustments", "adjustment"},
            new String[]{"failureReasons", "failure reason"},
            new String[]{"cautions", "caution"});
    /** Fields that the kinds above already cover, or that never count as a change. */
    private static final Set<String> COVERED = Set.of("id", "selfCare", "professional", "candidateSites", "adjustments",
            "failureReasons", "cautions", "explanation", "ruleBase", "error", "line");

    private AssessmentDiff() {
    }

    /** The changes, or null when the answer is the same. */
    public static CaseChange compare(long line, String oldJson, String newJson) {
        if (oldJson.equals(newJson)) {
            return null;
        }
        JsonNode before = KnotwiseJson.parse(oldJson);
        JsonNode after = KnotwiseJson.parse(newJson);
        if (withoutTrace(before).equals(withoutTrace(after))) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        String id = text(after.get("id")) != null ? text(after.get("id")) : text(before.get("id"));
        JsonNode oldError = before.get("error");
        JsonNode newError = after.get("error");
        if (oldError != null || newError != null) {
            String from = oldError == null ? "assessed" : "error " + text(oldError.get("code"));
            String to = newError == null ? "assessed" : "error " + text(newError.get("code"));
            changes.add(new Change(from.equals(to) ? "error message changed" : from + " → " + to,
                    newError != null ? text(newError.get("message")) : text(oldError.get("message"))));
            return new CaseChange(line, id, changes, List.of(), List.of());
        }
        if (before.path("selfCare").asBoolean() != after.path("selfCare").asBoolean()) {
            changes.add(new Change("selfCare " + before.path("selfCare").asBoolean() + " → " + after.path("selfCare").asBoolean(), null));
        }
        String oldUrgency = before.path("professional").path("urgency").asText(null);
        String newUrgency = after.path("professional").path("urgency").asText(null);
        if (!Objects.equals(oldUrgency, newUrgency)) {
            changes.add(new Change("urgency " + oldUrgency + " → " + newUrgency, null));
        }
        String oldTop = topSite(before);
        String newTop = topSite(after);
        if (!Objects.equals(oldTop, newTop)) {
            changes.add(new Change("top site changed", (oldTop == null ? "none" : oldTop) + " → " + (newTop == null ? "none" : newTop)));
        }
        codes(changes, "professional reason", strings(before.path("professional").path("reasons")),
                strings(after.path("professional").path("reasons")));
        for (String[] list : CODE_LISTS) {
            codes(changes, list[1], codes(before.path(list[0])), codes(after.path(list[0])));
        }
        if (!before.path("candidateSites").equals(after.path("candidateSites")) && Objects.equals(oldTop, newTop)) {
            changes.add(new Change("other candidate sites changed", sites(before) + " → " + sites(after)));
        }
        Set<String> fields = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            if (!COVERED.contains(f) && !before.path(f).equals(after.path(f))) {
                changes.add(new Change(f + " changed", beforeAfter(before.path(f), after.path(f))));
            }
        }
        if (!before.path("professional").equals(after.path("professional")) && changes.isEmpty()) {
            changes.add(new Change("professional advice changed", beforeAfter(before.path("professional"), after.path("professional"))));
        }
        Set<String> oldRules = fired(before);
        Set<String> newRules = fired(after);
        List<String> onlyNew = newRules.stream().filter(r -> !oldRules.contains(r)).toList();
        List<String> onlyOld = oldRules.stream().filter(r -> !newRules.contains(r)).toList();
        if (changes.isEmpty()) {
            changes.add(new Change("other change", null));
        }
        return new CaseChange(line, id, changes, onlyNew, onlyOld);
    }

    /**
     * What a part of the answer said before and after, for a reviewer: of a list of texts the lines only one side
     * has ({@code "old" → "new"}), of an object each field that differs, else the two values.
     */
    static String beforeAfter(JsonNode before, JsonNode after) {
        if (before.isObject() && after.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            List<String> parts = new ArrayList<>();
            for (String f : fields) {
                if (!before.path(f).equals(after.path(f))) {
                    parts.add(f + ": " + beforeAfter(before.path(f), after.path(f)));
                }
            }
            return String.join("; ", parts);
        }
        if (before.isArray() && after.isArray()) {
            List<String> old = new ArrayList<>();
            List<String> now = new ArrayList<>();
            before.forEach(e -> old.add(shown(e)));
            after.forEach(e -> now.add(shown(e)));
            List<String> removed = old.stream().filter(l -> !now.contains(l)).toList();
            List<String> added = now.stream().filter(l -> !old.contains(l)).toList();
            if (removed.isEmpty() && added.isEmpty()) {
                return "the same, in another order";
            }
            return (removed.isEmpty() ? "none" : String.join("; ", removed)) + " → " + (added.isEmpty() ? "none" : String.join("; ", added));
        }
        return shown(before) + " → " + shown(after);
    }

    private static String shown(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return "none";
        }
        return n.isTextual() ? "\"" + n.asText() + "\"" : n.toString();
    }

    private static JsonNode withoutTrace(JsonNode n) {
        if (n instanceof ObjectNode o) {
            ObjectNode copy = o.deepCopy();
            copy.remove("explanation");
            copy.remove("ruleBase");
            return copy;
        }
        return n;
    }

    private static void codes(List<Change> changes, String what, Set<String> before, Set<String> after) {
        for (String c : after) {
            if (!before.contains(c)) {
                changes.add(new Change("added " + what + " " + c, null));
            }
        }
        for (String c : before) {
            if (!after.contains(c)) {
                changes.add(new Change("removed " + what + " " + c, null));
            }
        }
    }

    private static String topSite(JsonNode a) {
        JsonNode sites = a.path("candidateSites");
        return sites.size() == 0 ? null : text(sites.get(0).get("region"));
    }

    private static String sites(JsonNode a) {
        List<String> regions = new ArrayList<>();
        a.path("candidateSites").forEach(s -> regions.add(s.path("region").asText()));
        return regions.isEmpty() ? "none" : String.join(", ", regions);
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> codes = new LinkedHashSet<>();
        list.forEach(e -> codes.add(e.path("code").asText()));
        return codes;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> s = new LinkedHashSet<>();
        list.forEach(e -> s.add(e.asText()));
        return s;
    }

    private static Set<String> fired(JsonNode a) {
        Set<String> rules = new LinkedHashSet<>();
        for (Iterator<JsonNode> it = a.path("explanation").elements(); it.hasNext(); ) {
            String r = text(it.next().get("rule"));
            if (r != null) {
                rules.add(r);
            }
        }
        return rules;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
