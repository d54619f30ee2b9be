package org.knotwise.workbench.consult;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A question put to the person: the concrete path its answer fills (e.g. {@code spots[calf].relevant}), its
 * words with the region filled in, the answers offered and why it is asked. A checklist's {@code items} say
 * which field each choice sets (its choices' values are the items' ids); a checklist answers several fields
 * at once, and is one question.
 */
public record AskedQuestion(String path, Askable field, String text, String reason, List<Choice> choices,
                           Double min, Double max, List<String> rules, List<Item> items) {
    public AskedQuestion {
        choices = List.copyOf(choices);
        rules = List.copyOf(rules);
        items = List.copyOf(items);
    }

    /** The field paths an answer to this question fills, in order: a checklist's items' paths, else its own. */
    public List<String> paths() {
        if (items.isEmpty()) {
            return List.of(path);
        }
        return items.stream().map(Item::path).distinct().toList();
    }

    /**
     * The checklist's values for an answer: the ids chosen (a JSON array of ids, one id as a string, or an
     * empty array for none), each path set once, in the items' order.
     *
     * @throws IllegalArgumentException for an id not offered, or two chosen for one field
     */
    public java.util.LinkedHashMap<String, JsonNode> checklistValues(JsonNode answer) {
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        if (answer != null && answer.isArray()) {
            answer.forEach(a -> chosen.add(a.asText()));
        } else if (answer != null && answer.isTextual()) {
            chosen.add(answer.asText());
        } else if (answer != null && !answer.isNull()) {
            throw new IllegalArgumentException(path + ": answer with a list of the chosen items' ids");
        }
        java.util.Map<String, Item> picked = new java.util.HashMap<>();
        for (String id : chosen) {
            Item item = items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException(path + ": '" + id + "' is not one of this question's items"));
            Item before = picked.put(item.path(), item);
            if (before != null) {
                throw new IllegalArgumentException("Choose at most one of \"" + before.label() + "\" and \"" + item.label() + "\".");
            }
        }
        java.util.Map<String, JsonNode> values = new java.util.HashMap<>();
        picked.forEach((p, i) -> values.put(p, i.value()));
        java.util.LinkedHashMap<String, JsonNode> ordered = new java.util.LinkedHashMap<>();
        for (Item i : items) {
            if (!ordered.containsKey(i.path())) {
                ordered.put(i.path(), values.getOrDefault(i.path(), i.otherwise()));
            }
        }
        return ordered;
    }

    public Askable.Kind kind() {
        return field.kind();
    }
}
