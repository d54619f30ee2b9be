package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Problem;
import org.knotwise.engine.session.CaseValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads and checks one entry of the questions file; each problem names the entry's line. */
final class QuestionReader {
    /** The contract's checks of values (enumerations, ranges), as the engine runs them before any rule. */
    private static final CaseValidator VALIDATOR = new CaseValidator(KnowledgeBase.builtIn());
    private static final Set<String> KEYS = Set.of("field", "text", "reason", "choices", "min", "max", "probes", "rules",
            "items", "suggested");

    private QuestionReader() {
    }

    /**
     * The question, or null when it is too broken to use (the problems say why); {@code seen} gets the field
     * named, broken or not, so a broken question is not also reported missing.
     */
    static Question read(JsonNode entry, int line, String file, Set<String> ruleIds, List<Problem> problems,
                         Set<Askable> seen) {
        if (!entry.isObject()) {
            problems.add(Problem.error(file, line, "each question must be a mapping starting with 'field:'"));
            return null;
        }
        entry.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                problems.add(Problem.warning(file, line, "unknown key '" + k + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")"));
            }
        });
        String template = entry.path("field").asText("");
        Optional<Askable> field = Askable.byTemplate(template);
        if (field.isEmpty()) {
            problems.add(Problem.error(file, line, "'" + template + "' is not a field the consultation can ask about"));
            return null;
        }
        Askable a = field.get();
        seen.add(a);
        int before = problems.size();
        String text = required(entry, "text", line, file, problems);
        String reason = required(entry, "reason", line, file, problems);
        if (reason != null && reason.lines().count() > 1) {
            problems.add(Problem.error(file, line, a.template() + ": the reason must be one line"));
        }
        List<String> rules = new ArrayList<>();
        entry.path("rules").forEach(r -> {
            if (!ruleIds.contains(r.asText())) {
                problems.add(Problem.error(file, line, a.template() + ": no rule has the id '" + r.asText() + "'"));
            }
            rules.add(r.asText());
        });
        // "rules: []" says on purpose that no rule reads the answer (the side of the pain, which the reports
        // show); only a question that names no rules at all is probably an oversight
        if (!entry.has("rules")) {
            problems.add(Problem.warning(file, line, a.template() + ": no rule needs this answer, so it is never asked"
                    + " (write 'rules: []' if that is meant)"));
        }
        List<Choice> choices = new ArrayList<>();
        for (JsonNode c : entry.path("choices")) {
            String label = c.path("label").asText("");
            if (label.isBlank()) {
                problems.add(Problem.error(file, line, a.template() + ": every choice needs a label"));
            }
            if (!c.has("value")) {
                problems.add(Problem.error(file, line, a.template() + ": the choice '" + label + "' has no value (use null for 'not sure')"));
            }
            choices.add(new Choice(label, c.has("value") ? c.get("value") : NullNode.getInstance()));
        }
        checkChoices(a, choices, line, file, problems);
        Double min = entry.has("min") ? entry.get("min").asDouble() : null;
        Double max = entry.has("max") ? entry.get("max").asDouble() : null;
        List<Double> probes = new ArrayList<>();
        entry.path("probes").forEach(p -> probes.add(p.asDouble()));
        if (a.kind() == Askable.Kind.NUMBER) {
            if (min == null || max == null || min > max) {
                problems.add(Problem.error(file, line, a.template() + ": a number question needs 'min' and 'max'"));
            }
            if (probes.size() < 2) {
                problems.add(Problem.error(file, line, a.template()
                        + ": name at least two 'probes', values on each side of every threshold the rules use"));
            }
            for (double p : probes) {
                if (!isValid(a, KnotwiseJson.mapper().getNodeFactory().numberNode(p))
                        || (min != null && p < min) || (max != null && p > max)) {
                    problems.add(Problem.error(file, line, a.template() + ": the probe " + p + " is not an allowed value"));
                }
            }
        }
        List<Item> items = a.kind() == Askable.Kind.CHECKLIST ? items(a, entry, line, file, problems) : List.of();
        String suggested = entry.path("suggested").asText(null);
        if (a.kind() == Askable.Kind.PLACES && (suggested == null || !suggested.contains("{region}"))) {
            problems.add(Problem.error(file, line, a.template()
                    + ": name 'suggested', the label of a place worth pressing, with {region} in it"));
        }
        return problems.subList(before, problems.size()).stream().anyMatch(Problem::isError) ? null
                : new Question(a, text, reason, choices, min, max, probes, rules, items, suggested, line);
    }

    /**
     * A checklist's items: each sets a yes-or-no field of its own kind (the cautions' inputs for the cautions,
     * a pressed spot's findings for a spot) to a value the case format allows; items on one field agree on
     * what an unchosen one leaves there.
     */
    private static List<Item> items(Askable a, JsonNode entry, int line, String file, List<Problem> problems) {
        List<Item> items = new ArrayList<>();
        if (!entry.path("items").isArray() || entry.path("items").isEmpty()) {
            problems.add(Problem.error(file, line, a.template() + ": a checklist needs its 'items'"));
            return items;
        }
        for (JsonNode i : entry.path("items")) {
            String field = i.path("field").asText("");
            String label = i.path("label").asText("");
            Optional<Askable> f = Askable.byTemplate(field);
            boolean fits = f.isPresent() && (a == Askable.SPOT ? f.get() == Askable.SPOT || (f.get().group() == Askable.Group.SPOT
                    && f.get().kind() == Askable.Kind.ONE) : f.get().group() == Askable.Group.CAUTION && f.get().kind() == Askable.Kind.ONE);
            if (!fits) {
                problems.add(Problem.error(file, line, a.template() + ": the item '" + label + "' names the field '" + field
                        + "', which this checklist cannot set (" + (a == Askable.SPOT ? "a pressed spot's yes-or-no findings"
                        : "the cautions' one-choice inputs") + ")"));
                continue;
            }
            if (label.isBlank()) {
                problems.add(Problem.error(file, line, a.template() + ": every item needs a label"));
            }
            JsonNode value = i.get("value");
            JsonNode otherwise = i.has("otherwise") ? i.get("otherwise") : NullNode.getInstance();
            if (value == null || value.isNull() || !isValid(f.get(), value)) {
                problems.add(Problem.error(file, line, a.template() + ": the item '" + label + "' has the value " + value
                        + ", which the case format does not allow at " + field));
                continue;
            }
            if (!otherwise.isNull() && !isValid(f.get(), otherwise)) {
                problems.add(Problem.error(file, line, a.template() + ": the item '" + label + "' has 'otherwise' " + otherwise
                        + ", which the case format does not allow at " + field));
                continue;
            }
            if (f.get() == Askable.SPOT && !Askable.TENDER.equals(value.asText())) {
                problems.add(Problem.error(file, line, a.template() + ": the spot's own item is chosen for '" + Askable.TENDER + "'"));
            }
            for (Item other : items) {
                if (other.path().equals(field) && !other.otherwise().equals(otherwise)) {
                    problems.add(Problem.error(file, line, a.template() + ": the items on " + field
                            + " leave different values when unchosen (" + other.otherwise() + ", " + otherwise + ")"));
                }
                if (other.path().equals(field) && other.value().equals(value)) {
                    problems.add(Problem.error(file, line, a.template() + ": two items set " + field + " to " + value));
                }
            }
            items.add(new Item(field, value, otherwise, label));
        }
        return items;
    }

    private static void checkChoices(Askable a, List<Choice> choices, int line, String file, List<Problem> problems) {
        switch (a.kind()) {
            case ONE, MANY -> {
                if (choices.stream().filter(c -> !c.unknown()).count() < (a.kind() == Askable.Kind.MANY ? 1 : 2)) {
                    problems.add(Problem.error(file, line, a.template() + ": offer the choices to answer with"));
                }
            }
            default -> { }
        }
        for (Choice c : choices) {
            if (c.unknown()) {
                if (!a.mayStayUnknown()) {
                    problems.add(Problem.error(file, line, a.template() + ": this question cannot be left unknown ('" + c.label() + "')"));
                }
            } else if (!isValid(a, c.value())) {
                problems.add(Problem.error(file, line, a.template() + ": the choice '" + c.label() + "' has the value "
                        + c.value() + ", which the case format does not allow there"));
            }
        }
    }

    /** Whether the case format takes this value at this field: a small case carrying it must read. */
    static boolean isValid(Askable a, JsonNode value) {
        if (a == Askable.SPOT) {
            return value.isTextual() && Askable.SPOT_ANSWERS.contains(value.asText());
        }
        if (a == Askable.HISTORY) {
            return value.isBoolean();
        }
        String path = a.group() == Askable.Group.SPOT ? a.template().replace("spots[]", Paths.spot("calf")) : a.template();
        PartialCase probe = PartialCase.opening("calf");
        if (a.group() == Askable.Group.HISTORY) {
            probe = probe.with("history", KnotwiseJson.mapper().getNodeFactory().booleanNode(true));
        }
        if (a.group() == Askable.Group.SPOT) {
            probe = probe.with(Paths.spot("calf"), KnotwiseJson.mapper().getNodeFactory().textNode(Askable.TENDER));
        }
        try {
            VALIDATOR.validate(KnotwiseJson.readCase(probe.with(path, a.kind() == Askable.Kind.MANY && !value.isArray()
                    ? KnotwiseJson.mapper().createArrayNode().add(value) : value).node()));
            return true;
        } catch (InvalidCaseException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String required(JsonNode entry, String key, int line, String file, List<Problem> problems) {
        String v = entry.path(key).asText("");
        if (v.isBlank()) {
            problems.add(Problem.error(file, line, entry.path("field").asText() + ": '" + key + "' is missing"));
            return null;
        }
        return v.strip();
    }
}
