package org.knotwise.engine.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.knotwise.engine.Explain;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.model.RuleBaseIdentity;

import java.io.UncheckedIOException;

/**
 * The contract's JSON: cases in, assessments and errors out. Thread-safe; every method is static.
 * Output is compact, one object per line, with fields in the contract's order.
 */
public final class KnotwiseJson {

    /** How deep JSON may nest before it is refused as malformed. */
    public static final int MAX_NESTING_DEPTH = 64;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    }

    private KnotwiseJson() {
    }

    /** Parses and reads one case. @throws InvalidCaseException with the contract's code and field */
    public static Case readCase(String json) {
        return CaseReader.read(parse(json));
    }

    /**
     * Parses JSON text to a tree.
     *
     * @throws InvalidCaseException MALFORMED_JSON when it is not JSON (NaN, a repeated key and trailing
     *         text included: a repeated key names its path as the field), TOO_LARGE when it is JSON
     *         beyond the parser's limits (nesting deeper than {@link #MAX_NESTING_DEPTH}, a number of
     *         more than 1000 digits)
     */
    public static JsonNode parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidCaseException(null, new CaseError(ErrorCode.MALFORMED_JSON, null, "no JSON at all"));
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new InvalidCaseException(null, new CaseError(ErrorCode.TOO_LARGE, null,
                    "the JSON goes beyond a size limit" + at(e, json) + ": " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            String field = isRepeatedKey(e) ? JsonPaths.of(((JsonParser) e.getProcessor()).getParsingContext()) : null;
            throw new InvalidCaseException(null, new CaseError(ErrorCode.MALFORMED_JSON, field,
                    "not valid JSON" + at(e, json) + ": " + plain(e.getOriginalMessage())));
        }
    }

    /** Jackson's strict duplicate detection reports "Duplicate field 'name'". */
    private static boolean isRepeatedKey(JsonProcessingException e) {
        return e.getProcessor() instanceof JsonParser && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate field");
    }

    /** " at line 3, column 5" in text of several lines, " at column 5" in one line (a batch line has its own number). */
    private static String at(JsonProcessingException e, String json) {
        JsonLocation where = e.getLocation();
        if (where == null || where.getColumnNr() < 0) {
            return "";
        }
        return json.indexOf('\n') >= 0 && where.getLineNr() > 0
                ? " at line " + where.getLineNr() + ", column " + where.getColumnNr()
                : " at column " + where.getColumnNr();
    }

    /** Jackson's wording without its internals: character codes, the Java type and feature names. */
    static String plain(String message) {
        if (message == null) {
            return "unreadable";
        }
        if (message.startsWith("Trailing token")) {
            return "there is more after the end of the JSON value (one case per file; several go to batch)";
        }
        return message.replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s*\\n.*", "").strip();
    }

    /** Reads a case from an already parsed tree. */
    public static Case readCase(JsonNode node) {
        return CaseReader.read(node);
    }

    /** Leaves the explanation out (explain none). */
    @JsonIgnoreProperties({"explanation"})
    private abstract static class WithoutExplanation {
    }

    /** Keeps only each step's rule id (explain ids). */
    @JsonIgnoreProperties({"source", "because"})
    private abstract static class RuleIdOnly {
    }

    private static final ObjectMapper WITHOUT_EXPLANATION = MAPPER.copy().addMixIn(Assessment.class, WithoutExplanation.class);
    private static final ObjectMapper RULE_IDS = MAPPER.copy().addMixIn(ExplanationStep.class, RuleIdOnly.class);

    /**
     * The assessment with as much of its explanation as asked for: all of it ({@link #write(Assessment)}),
     * only the rule ids ({@code "explanation":[{"rule":"..."},...]}), or no {@code explanation} field.
     */
    public static String write(Assessment assessment, Explain level) {
        ObjectMapper mapper = switch (level) {
            case FULL -> MAPPER;
            case IDS -> RULE_IDS;
            case NONE -> WITHOUT_EXPLANATION;
        };
        try {
            return mapper.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String write(Assessment assessment) {
        try {
            return MAPPER.writeValueAsString(assessment);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contract's error line (§5); {@code line} is left out when null. */
    public static String writeError(String caseId, Integer line, CaseError error) {
        return writeError(caseId, line, error, null);
    }

    /** The contract's error line (§5), naming the rule base that was loaded (§7.8) unless it is null. */
    public static String writeError(String caseId, Integer line, CaseError error, RuleBaseIdentity ruleBase) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", caseId);
        if (line != null) {
            root.put("line", line);
        }
        ObjectNode e = root.putObject("error");
        e.put("code", error.code().name());
        e.put("field", error.field());
        e.put("message", error.message());
        if (ruleBase != null) {
            root.set("ruleBase", MAPPER.valueToTree(ruleBase));
        }
        return root.toString();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
