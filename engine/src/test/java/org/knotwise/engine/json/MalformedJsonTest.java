package org.knotwise.engine.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.engine.json.BadFieldTest.errorOf;

/** Text that is not a case at all: not JSON, not an object, or JSON beyond the parser's limits. */
class MalformedJsonTest {
    private static final String VALID_TAIL = "\"complaint\":{\"regions\":[\"calf\"]}}";

    @ParameterizedTest
    @ValueSource(strings = {
            "", " ", "not json", "{", "{\"id\":\"a\",", "{\"id\":\"a\"", "{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\"]}",
            "{\"id\":\"a\"}}", "{\"id\":\"a\"} {\"id\":\"b\"}", "{\"id\":\"a\"} trailing",
            "{'id':'a'}", "{id:\"a\"}", "{\"id\":\"a\",}", "{\"id\":\"a\" // comment\n}", "{\"id\":\"a\",\"x\":01}",
            "{\"id\":\"a\",\"x\":NaN}", "{\"id\":\"a\",\"x\":Infinity}", "{\"id\":\"a\",\"x\":-Infinity}",
            "{\"id\":\"a\",\"x\":+5}", "{\"id\":\"a\",\"x\":.5}", "{\"id\":\"a\",\"x\":\"tab\there\"}", "\u0000"})
    void textThatIsNotJsonIsMalformed(String text) {
        CaseError error = errorOf(text);
        assertThat(error.code()).as(text).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(error.field()).isNull();
        assertThat(error.message()).isNotBlank();
    }

    @Test
    void aMalformedLineSaysWhereItBreaks() {
        assertThat(errorOf("{\"id\":\"a\",\"complaint\":}").message()).contains("column 23");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"id\":\"a\"}]", "\"a case\"", "42", "true", "null"})
    void jsonThatIsNotAnObjectIsTheWrongType(String text) {
        CaseError error = errorOf(text);
        assertThat(error.code()).isEqualTo(ErrorCode.WRONG_TYPE);
        assertThat(error.field()).isNull();
        assertThat(error.message()).contains("a case must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"a\",\"id\":\"b\"," + VALID_TAIL + "|id",
            "{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\"],\"severity\":1,\"severity\":2}}|complaint.severity",
            "{\"id\":\"a\",\"spots\":[{\"region\":\"calf\"},{\"region\":\"calf\",\"region\":\"heel\"}]," + VALID_TAIL + "|spots[1].region"})
    void aRepeatedKeyIsMalformedAndNamesItsPath(String textAndPath) {
        String[] parts = textAndPath.split("\\|");
        CaseError error = errorOf(parts[0]);
        assertThat(error.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(error.field()).isEqualTo(parts[1]);
        assertThat(error.message()).contains("Duplicate field");
    }

    @Test
    void nestingUpToTheLimitIsReadAndBeyondItIsTooLarge() {
        assertThat(errorOf(withUnknownFieldNested(KnotwiseJson.MAX_NESTING_DEPTH - 1))).isNull();
        CaseError deep = errorOf(withUnknownFieldNested(KnotwiseJson.MAX_NESTING_DEPTH + 1));
        assertThat(deep.code()).isEqualTo(ErrorCode.TOO_LARGE);
        assertThat(deep.message()).contains("nesting depth");
        assertThat(errorOf("[".repeat(100_000)).code()).as("no stack overflow").isEqualTo(ErrorCode.TOO_LARGE);
    }

    @Test
    void aNumberOfThousandsOfDigitsIsTooLarge() {
        CaseError error = errorOf("{\"id\":\"a\",\"x\":" + "9".repeat(5000) + "," + VALID_TAIL);
        assertThat(error.code()).isEqualTo(ErrorCode.TOO_LARGE);
    }

    @Test
    void unicodeEscapesAndSurrogatePairsAreRead() {
        assertThat(errorOf("{\"id\":\"\\u00e9\\ud83d\\ude00\"," + VALID_TAIL)).isNull();
    }

    /** A valid case whose unknown field nests arrays so that the whole document is {@code depth} deep. */
    private static String withUnknownFieldNested(int depth) {
        int arrays = depth - 1; // the case object itself is one level
        return "{\"id\":\"a\",\"x\":" + "[".repeat(arrays) + "]".repeat(arrays) + "," + VALID_TAIL;
    }
}
