package org.knotwise.rules.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.kb.Vocabulary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid cases (contract §1 and §7.1) across the whole vocabulary, as JSON: every region, red flag and enum
 * value, numbers over their whole valid range (edges included), and each optional field absent,
 * null or present.
 */
final class ValidCases {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for "leave the field out" while combining. */
    private static final JsonNode ABSENT = MissingNode.getInstance();

    private ValidCases() {
    }

    /** Valid cases, about a quarter of them with red flags. */
    static Arbitrary<ObjectNode> cases() {
        return cases(Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(NODES.arrayNode())),
                Tuple.of(1, redFlags(1))));
    }

    /** Valid cases with at least one red flag. */
    static Arbitrary<ObjectNode> casesWithARedFlag() {
        return cases(redFlags(1).map(flags -> flags));
    }

    /** Valid cases without a red flag (absent, null or empty). */
    static Arbitrary<ObjectNode> casesWithoutRedFlags() {
        return cases(Arbitraries.of(ABSENT, NODES.nullNode(), NODES.arrayNode()));
    }

    private static Arbitrary<ObjectNode> cases(Arbitrary<JsonNode> redFlags) {
        Map<String, Arbitrary<JsonNode>> fields = new LinkedHashMap<>();
        fields.put("id", Arbitraries.strings().withCharRange(' ', '~').withChars("é✓\\\"").ofMinLength(1).ofMaxLength(12)
                .map(NODES::textNode));
        fields.put("complaint", complaint());
        fields.put("redFlags", redFlags);
        fields.put("spots", optional(list(spot(), 0, 4)));
        fields.put("history", optional(history()));
        fields.put("person", optional(person()));
        return object(fields).map(o -> (ObjectNode) o);
    }

    private static Arbitrary<JsonNode> complaint() {
        Map<String, Arbitrary<JsonNode>> fields = new LinkedHashMap<>();
        fields.put("regions", list(region(), 1, 3));
        fields.put("side", optional(oneOf(CaseValidator.SIDES)));
        fields.put("quality", optional(list(oneOf(CaseValidator.QUALITIES), 0, 3)));
        fields.put("severity", optional(ints(0, 10)));
        fields.put("durationDays", optional(ints(0, Integer.MAX_VALUE)));
        fields.put("onset", optional(oneOf(CaseValidator.ONSETS)));
        fields.put("swelling", optional(bool()));
        return object(fields);
    }

    /** Contract §7.1: what is known about the person. */
    private static Arbitrary<JsonNode> person() {
        Map<String, Arbitrary<JsonNode>> fields = new LinkedHashMap<>();
        fields.put("age", optional(ints(0, CaseValidator.MAX_AGE)));
        fields.put("anticoagulants", optional(bool()));
        fields.put("pregnant", optional(bool()));
        return object(fields);
    }

    private static Arbitrary<JsonNode> spot() {
        Map<String, Arbitrary<JsonNode>> fields = new LinkedHashMap<>();
        fields.put("region", region());
        for (String flag : List.of("tender", "goodPain", "relevant", "bumpOrTwitch", "fibreDirectionKnown")) {
            fields.put(flag, optional(bool()));
        }
        return object(fields);
    }

    private static Arbitrary<JsonNode> history() {
        Map<String, Arbitrary<JsonNode>> fields = new LinkedHashMap<>();
        fields.put("method", optional(oneOf(CaseValidator.METHODS)));
        fields.put("intensity", optional(ints(1, 10)));
        fields.put("minutesPerSession", optional(Arbitraries.oneOf(
                Arbitraries.doubles().between(0.001, 1_000_000).ofScale(3).map(d -> (JsonNode) NODES.numberNode(d)),
                ints(1, 600))));
        fields.put("sessionsPerDay", optional(ints(0, Integer.MAX_VALUE)));
        fields.put("tool", optional(oneOf(CaseValidator.TOOLS)));
        fields.put("lightPressure", optional(bool()));
        fields.put("days", optional(ints(0, Integer.MAX_VALUE)));
        fields.put("outcome", optional(oneOf(CaseValidator.OUTCOMES)));
        fields.put("negativeReactions", optional(bool()));
        fields.put("professionalStyle", optional(oneOf(CaseValidator.PROFESSIONAL_STYLES)));
        return object(fields);
    }

    private static Arbitrary<JsonNode> redFlags(int min) {
        return list(oneOf(CaseValidator.RED_FLAGS), min, 3);
    }

    private static Arbitrary<JsonNode> region() {
        return Arbitraries.of(Vocabulary.REGIONS).map(NODES::textNode);
    }

    private static Arbitrary<JsonNode> oneOf(Set<String> values) {
        return Arbitraries.of(values.stream().sorted().toList()).map(NODES::textNode);
    }

    /** Mostly small numbers, but the whole range, edges included, gets tried. */
    private static Arbitrary<JsonNode> ints(int min, int max) {
        return Arbitraries.integers().between(min, max).map(i -> (JsonNode) NODES.numberNode(i));
    }

    private static Arbitrary<JsonNode> bool() {
        return Arbitraries.of(true, false).map(NODES::booleanNode);
    }

    /** Absent, null, or a value (most often). */
    private static Arbitrary<JsonNode> optional(Arbitrary<JsonNode> value) {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(ABSENT)),
                Tuple.of(1, Arbitraries.just(NODES.nullNode())),
                Tuple.of(6, value));
    }

    private static Arbitrary<JsonNode> list(Arbitrary<JsonNode> element, int min, int max) {
        return element.list().ofMinSize(min).ofMaxSize(max).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
    }

    private static Arbitrary<JsonNode> object(Map<String, Arbitrary<JsonNode>> fields) {
        List<String> names = new ArrayList<>(fields.keySet());
        return Combinators.combine(new ArrayList<>(fields.values())).as(values -> {
            ObjectNode o = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (!values.get(i).isMissingNode()) {
                    o.set(names.get(i), values.get(i));
                }
            }
            return o;
        });
    }
}
