package org.knotwise.rules.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hunting for input that slips past the checks and breaks the engine: any text at all, and valid
 * cases with one value anywhere replaced by an arbitrary JSON value. Every one gets exactly one
 * outcome, never an engine failure, and a broken field is named by its path.
 */
class BadInputPropertiesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final CaseLineProcessor PROCESSOR = new CaseLineProcessor(Knotwise.builtIn());

    /** A valid case and the path of one value in it, replaced. */
    record Mutated(ObjectNode json, String path) {
    }

    @Provide
    Arbitrary<Mutated> mutatedCases() {
        return ValidCases.cases().flatMap(c -> {
            List<String> paths = new ArrayList<>();
            collectPaths(c, "", paths);
            return Arbitraries.of(paths).flatMap(path -> anyJson().map(value -> {
                ObjectNode copy = c.deepCopy();
                replace(copy, path, value);
                return new Mutated(copy, path);
            }));
        });
    }

    @Property(tries = SafetyPropertiesTest.TRIES)
    void anyTextGetsExactlyOneOutcomeAndNeverAnEngineFailure(@ForAll String text) {
        CaseOutcome outcome = PROCESSOR.process(new InputLine(7, text, null));
        assertThat(outcome).isNotNull();
        assertThat(outcome.json()).doesNotContain("\n");
        JsonNode line = KnotwiseJson.parse(outcome.json());
        if (outcome.isError()) {
            assertThat(outcome.error().code()).isNotEqualTo(ErrorCode.ENGINE_FAILURE);
            assertThat(line.get("line").asInt()).isEqualTo(7);
        }
    }

    @Property(tries = SafetyPropertiesTest.TRIES)
    void aBrokenValueIsNamedByItsPathAndNeverReachesTheRules(@ForAll("mutatedCases") Mutated m) {
        CaseOutcome outcome = PROCESSOR.process(new InputLine(1, m.json().toString(), null));
        if (!outcome.isError()) {
            return; // the new value happened to be valid
        }
        CaseError error = outcome.error();
        assertThat(error.code()).as(outcome.json()).isIn(ErrorCode.MISSING_FIELD, ErrorCode.WRONG_TYPE,
                ErrorCode.OUT_OF_RANGE, ErrorCode.UNKNOWN_REGION, ErrorCode.UNKNOWN_VALUE);
        assertThat(error.field()).as(outcome.json()).isNotNull();
        assertThat(related(error.field(), m.path())).as("error at %s for a change at %s", error.field(), m.path()).isTrue();
    }

    /** The error's field is the changed one, inside it, or holds it. */
    private static boolean related(String field, String path) {
        return field.equals(path) || within(field, path) || within(path, field);
    }

    private static boolean within(String inner, String outer) {
        return inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    /** Any JSON value, weighted toward the ones that look almost right. */
    static Arbitrary<JsonNode> anyJson() {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
                Arbitraries.longs().map(l -> (JsonNode) NODES.numberNode(l)),
                Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(), java.math.BigInteger.TEN.pow(30))
                        .map(b -> (JsonNode) NODES.numberNode(b)),
                Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
                Arbitraries.of("calf", "Calf", "", " ", "fever", "hold", "thumb", "same", "brutal", "left", "aching")
                        .map(NODES::textNode));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, scalars),
                net.jqwik.api.Tuple.of(1, scalars.list().ofMaxSize(3).map(items -> {
                    ArrayNode a = NODES.arrayNode();
                    items.forEach(a::add);
                    return a;
                })),
                net.jqwik.api.Tuple.of(1, scalars.map(v -> (JsonNode) NODES.objectNode().set("region", v))));
    }

    private static void collectPaths(JsonNode node, String path, List<String> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                paths.add(p);
                collectPaths(e.getValue(), p, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String p = path + "[" + i + "]";
                paths.add(p);
                collectPaths(node.get(i), p, paths);
            }
        }
    }

    private static void replace(ObjectNode root, String path, JsonNode value) {
        JsonNode parent = root;
        String rest = path;
        while (true) {
            int dot = rest.indexOf('.');
            int bracket = rest.indexOf('[');
            int cut = dot < 0 ? bracket : bracket < 0 ? dot : Math.min(dot, bracket);
            if (cut == 0 && rest.charAt(0) == '[') {
                int close = rest.indexOf(']');
                int index = Integer.parseInt(rest.substring(1, close));
                rest = rest.substring(close + 1);
                if (rest.isEmpty()) {
                    ((ArrayNode) parent).set(index, value);
                    return;
                }
                parent = parent.get(index);
            } else if (cut == 0) {
                rest = rest.substring(1);
            } else if (cut < 0) {
                ((ObjectNode) parent).set(rest, value);
                return;
            } else {
                parent = parent.get(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
        }
    }
}
