package org.knotwise.engine.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.kb.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.knotwise.engine.model.ErrorCode.MISSING_FIELD;
import static org.knotwise.engine.model.ErrorCode.OUT_OF_RANGE;
import static org.knotwise.engine.model.ErrorCode.UNKNOWN_REGION;
import static org.knotwise.engine.model.ErrorCode.UNKNOWN_VALUE;
import static org.knotwise.engine.model.ErrorCode.WRONG_TYPE;

/**
 * Every field of the contract (§1), broken in every way it can be: missing, null, each wrong JSON
 * type, out of range, unknown value, empty string. Each must give the code RELIABILITY.md promises,
 * with the field's exact path; every valid boundary value must pass.
 */
class BadFieldTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final CaseValidator VALIDATOR = new CaseValidator(KnowledgeBase.builtIn());

    /** What a field holds, which decides how it can be wrong. */
    enum Kind { ID, OBJECT, ARRAY, REGION, ENUM, BOOL, INT, NUMBER }

    /**
     * @param required  absent or null is MISSING_FIELD (otherwise it is fine)
     * @param min       the least valid number (ints and numbers)
     * @param max       the greatest valid number, or null when unbounded
     * @param exclusive the minimum itself is out of range (minutesPerSession > 0)
     */
    record Field(String path, Kind kind, boolean required, Double min, Double max, boolean exclusive) {
        static Field of(String path, Kind kind, boolean required) {
            return new Field(path, kind, required, null, null, false);
        }

        static Field range(String path, Kind kind, double min, Double max, boolean exclusive) {
            return new Field(path, kind, false, min, max, exclusive);
        }

        boolean isElement() {
            return path.endsWith("]");
        }
    }

    static final List<Field> FIELDS = List.of(
            Field.of("id", Kind.ID, true),
            Field.of("complaint", Kind.OBJECT, true),
            Field.of("complaint.regions", Kind.ARRAY, true),
            Field.of("complaint.regions[1]", Kind.REGION, true),
            Field.of("complaint.side", Kind.ENUM, false),
            Field.of("complaint.quality", Kind.ARRAY, false),
            Field.of("complaint.quality[1]", Kind.ENUM, true),
            Field.range("complaint.severity", Kind.INT, 0, 10.0, false),
            Field.range("complaint.durationDays", Kind.INT, 0, null, false),
            Field.of("redFlags", Kind.ARRAY, false),
            Field.of("redFlags[0]", Kind.ENUM, true),
            Field.of("spots", Kind.ARRAY, false),
            Field.of("spots[1]", Kind.OBJECT, true),
            Field.of("spots[1].region", Kind.REGION, true),
            Field.of("spots[1].tender", Kind.BOOL, false),
            Field.of("spots[1].goodPain", Kind.BOOL, false),
            Field.of("spots[1].relevant", Kind.BOOL, false),
            Field.of("spots[1].bumpOrTwitch", Kind.BOOL, false),
            Field.of("spots[1].fibreDirectionKnown", Kind.BOOL, false),
            Field.of("history", Kind.OBJECT, false),
            Field.of("history.method", Kind.ENUM, false),
            Field.range("history.intensity", Kind.INT, 1, 10.0, false),
            Field.range("history.minutesPerSession", Kind.NUMBER, 0, null, true),
            Field.range("history.sessionsPerDay", Kind.INT, 0, null, false),
            Field.of("history.tool", Kind.ENUM, false),
            Field.of("history.lightPressure", Kind.BOOL, false),
            Field.range("history.days", Kind.INT, 0, null, false),
            Field.of("history.outcome", Kind.ENUM, false),
            Field.of("history.negativeReactions", Kind.BOOL, false),
            Field.of("history.professionalStyle", Kind.ENUM, false),
            // Contract version 2 (§7.1)
            Field.of("complaint.onset", Kind.ENUM, false),
            Field.of("complaint.swelling", Kind.BOOL, false),
            Field.of("person", Kind.OBJECT, false),
            Field.range("person.age", Kind.INT, 0, 120.0, false),
            Field.of("person.anticoagulants", Kind.BOOL, false),
            Field.of("person.pregnant", Kind.BOOL, false));

    /** A case with every field present, arrays long enough for the indexed paths above. */
    static ObjectNode fullCase() {
        return (ObjectNode) KnotwiseJson.parse("""
                {"id":"full","complaint":{"regions":["wrist-back","forearm-back"],"side":"right",
                 "quality":["aching","stiffness"],"severity":5,"durationDays":21,"onset":"gradual","swelling":false},
                 "redFlags":["fever"],
                 "spots":[{"region":"wrist-back","tender":true},
                          {"region":"forearm-back","tender":true,"goodPain":true,"relevant":true,
                           "bumpOrTwitch":false,"fibreDirectionKnown":true}],
                 "history":{"method":"hold","intensity":9,"minutesPerSession":2,"sessionsPerDay":1,
                 "tool":"thumb","lightPressure":false,"days":10,"outcome":"same","negativeReactions":false,
                 "professionalStyle":"gentle"},
                 "person":{"age":50,"anticoagulants":false,"pregnant":false}}""");
    }

    record BadCase(String name, Consumer<ObjectNode> change, ErrorCode code, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<BadCase> everyFieldBrokenEveryWay() {
        List<BadCase> cases = new ArrayList<>();
        for (Field f : FIELDS) {
            if (f.required()) {
                if (!f.isElement()) {
                    cases.add(new BadCase(f.path() + " missing", c -> remove(c, f.path()), MISSING_FIELD, f.path()));
                }
                cases.add(new BadCase(f.path() + " null", c -> set(c, f.path(), NODES.nullNode()),
                        f.isElement() ? WRONG_TYPE : MISSING_FIELD, f.path()));
            }
            for (JsonNode wrong : wrongTypes(f.kind())) {
                cases.add(new BadCase(f.path() + " = " + wrong, c -> set(c, f.path(), wrong), WRONG_TYPE, f.path()));
            }
            switch (f.kind()) {
                case ID -> cases.add(new BadCase("id empty", c -> set(c, "id", NODES.textNode("")), MISSING_FIELD, "id"));
                case REGION -> {
                    cases.add(new BadCase(f.path() + " unknown", c -> set(c, f.path(), NODES.textNode("elbow-middle")),
                            UNKNOWN_REGION, f.path()));
                    cases.add(new BadCase(f.path() + " empty", c -> set(c, f.path(), NODES.textNode("")),
                            UNKNOWN_REGION, f.path()));
                    cases.add(new BadCase(f.path() + " wrong case", c -> set(c, f.path(), NODES.textNode("Calf")),
                            UNKNOWN_REGION, f.path()));
                }
                case ENUM -> {
                    cases.add(new BadCase(f.path() + " unknown", c -> set(c, f.path(), NODES.textNode("dizziness")),
                            UNKNOWN_VALUE, f.path()));
                    cases.add(new BadCase(f.path() + " empty", c -> set(c, f.path(), NODES.textNode("")),
                            UNKNOWN_VALUE, f.path()));
                }
                case ARRAY -> {
                    if (f.required()) {
                        cases.add(new BadCase(f.path() + " empty", c -> set(c, f.path(), NODES.arrayNode()),
                                MISSING_FIELD, f.path()));
                    }
                }
                case INT, NUMBER -> {
                    double below = f.exclusive() ? f.min() : f.min() - 1;
                    cases.add(new BadCase(f.path() + " below range", c -> set(c, f.path(), number(below, f.kind())),
                            OUT_OF_RANGE, f.path()));
                    if (f.max() != null) {
                        cases.add(new BadCase(f.path() + " above range",
                                c -> set(c, f.path(), number(f.max() + 1, f.kind())), OUT_OF_RANGE, f.path()));
                    }
                    cases.add(new BadCase(f.path() + " = 1e400", c -> set(c, f.path(), raw("1e400")), OUT_OF_RANGE, f.path()));
                    cases.add(new BadCase(f.path() + " = -1e400", c -> set(c, f.path(), raw("-1e400")), OUT_OF_RANGE, f.path()));
                    cases.add(new BadCase(f.path() + " = 10^30", c -> set(c, f.path(), raw("1000000000000000000000000000000")),
                            OUT_OF_RANGE, f.path()));
                    cases.add(new BadCase(f.path() + " = -10^30", c -> set(c, f.path(), raw("-1000000000000000000000000000000")),
                            OUT_OF_RANGE, f.path()));
                    if (f.kind() == Kind.INT) {
                        cases.add(new BadCase(f.path() + " = 2.5", c -> set(c, f.path(), NODES.numberNode(2.5)),
                                WRONG_TYPE, f.path()));
                        cases.add(new BadCase(f.path() + " = 2^31", c -> set(c, f.path(), NODES.numberNode(1L << 31)),
                                OUT_OF_RANGE, f.path()));
                    }
                }
                default -> { }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFieldBrokenEveryWay")
    void eachWayAFieldCanBeWrongHasItsCodeAndPath(BadCase bad) {
        ObjectNode c = fullCase();
        bad.change().accept(c);
        CaseError error = errorOf(c.toString());
        assertThat(error).as("no error for " + c).isNotNull();
        assertThat(error.code()).as(error.toString()).isEqualTo(bad.code());
        assertThat(error.field()).as(error.toString()).isEqualTo(bad.field());
        assertThat(error.message()).isNotBlank();
    }

    static Stream<Arguments> validEdges() {
        List<Arguments> edges = new ArrayList<>();
        for (Field f : FIELDS) {
            if (!f.required()) {
                edges.add(Arguments.of(f.path() + " absent", (Consumer<ObjectNode>) c -> remove(c, f.path())));
                edges.add(Arguments.of(f.path() + " null", (Consumer<ObjectNode>) c -> set(c, f.path(), NODES.nullNode())));
            }
            if (f.min() != null) {
                double least = f.exclusive() ? 0.001 : f.min();
                edges.add(Arguments.of(f.path() + " at minimum", (Consumer<ObjectNode>) c -> set(c, f.path(), number(least, f.kind()))));
                if (f.kind() == Kind.INT) {
                    edges.add(Arguments.of(f.path() + " as " + f.min() + ".0",
                            (Consumer<ObjectNode>) c -> set(c, f.path(), raw(f.min().intValue() + ".0"))));
                }
            }
            if (f.max() != null) {
                edges.add(Arguments.of(f.path() + " at maximum", (Consumer<ObjectNode>) c -> set(c, f.path(), number(f.max(), f.kind()))));
            }
        }
        edges.add(Arguments.of("unknown fields are ignored", (Consumer<ObjectNode>) c -> {
            c.put("version", 2);
            ((ObjectNode) c.get("complaint")).putObject("extra").putArray("deep").add(1);
        }));
        edges.add(Arguments.of("empty optional arrays", (Consumer<ObjectNode>) c -> {
            c.putArray("redFlags");
            c.putArray("spots");
            ((ObjectNode) c.get("complaint")).putArray("quality");
        }));
        edges.add(Arguments.of("empty history", (Consumer<ObjectNode>) c -> c.putObject("history")));
        edges.add(Arguments.of("id of any characters", (Consumer<ObjectNode>) c -> c.put("id", " ✓ \"quoted\" \\ ")));
        return edges.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validEdges")
    void validEdgesPass(String name, Consumer<ObjectNode> change) {
        ObjectNode c = fullCase();
        change.accept(c);
        assertThat(errorOf(c.toString())).as(c.toString()).isNull();
    }

    @Test
    void theFullCaseIsValid() {
        assertThat(errorOf(fullCase().toString())).isNull();
    }

    @Test
    void theErrorCarriesTheCaseIdWhenItCouldBeRead() {
        ObjectNode c = fullCase();
        set(c, "history.tool", NODES.textNode("hammer"));
        assertThatCode(() -> VALIDATOR.validate(KnotwiseJson.readCase(c.toString())))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.caseId()).isEqualTo("full");
                    assertThat(e.getMessage()).contains("case full", "history.tool", "hammer");
                });
    }

    @Test
    void theFirstProblemInFieldOrderIsTheOneReported() {
        ObjectNode c = fullCase();
        set(c, "history.intensity", NODES.numberNode(0));
        set(c, "complaint.severity", NODES.numberNode(99));
        assertThat(errorOf(c.toString()).field()).isEqualTo("complaint.severity");
    }

    /** Reads and validates, as the engine does; null when the case is valid. */
    static CaseError errorOf(String json) {
        try {
            VALIDATOR.validate(KnotwiseJson.readCase(json));
            return null;
        } catch (InvalidCaseException e) {
            return e.error();
        }
    }

    private static List<JsonNode> wrongTypes(Kind kind) {
        List<JsonNode> all = List.of(NODES.textNode("5"), NODES.numberNode(5), NODES.booleanNode(true),
                NODES.arrayNode().add("calf"), NODES.objectNode().put("a", 1));
        return all.stream().filter(n -> !fits(n, kind)).toList();
    }

    private static boolean fits(JsonNode n, Kind kind) {
        return switch (kind) {
            case ID, REGION, ENUM -> n.isTextual();
            case OBJECT -> n.isObject();
            case ARRAY -> n.isArray();
            case BOOL -> n.isBoolean();
            case INT, NUMBER -> n.isNumber();
        };
    }

    private static JsonNode number(double value, Kind kind) {
        return kind == Kind.INT ? NODES.numberNode((int) value) : NODES.numberNode(value);
    }

    /** A number exactly as written, parsed the way the reader will see it. */
    private static JsonNode raw(String number) {
        return NODES.rawValueNode(new RawValue(number));
    }

    /** Sets the value at a path like {@code spots[1].region}, keeping everything else. */
    static void set(ObjectNode root, String path, JsonNode value) {
        Step last = walk(root, path);
        if (last.parent.isArray()) {
            ((ArrayNode) last.parent).set(last.index, value);
        } else {
            ((ObjectNode) last.parent).set(last.name, value);
        }
    }

    static void remove(ObjectNode root, String path) {
        Step last = walk(root, path);
        if (last.parent.isArray()) {
            ((ArrayNode) last.parent).remove(last.index);
        } else {
            ((ObjectNode) last.parent).remove(last.name);
        }
    }

    private record Step(JsonNode parent, String name, int index) {
    }

    private static Step walk(ObjectNode root, String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            if (bracket >= 0) {
                steps.add(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        JsonNode node = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object s = steps.get(i);
            node = s instanceof Integer n ? node.get(n) : node.get((String) s);
        }
        Object last = steps.get(steps.size() - 1);
        return last instanceof Integer n ? new Step(node, null, n) : new Step(node, (String) last, -1);
    }
}
