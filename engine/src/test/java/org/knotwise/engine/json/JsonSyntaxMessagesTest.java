package org.knotwise.engine.json;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.batch.PartOfACase;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.InvalidCaseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A JSON syntax error says where (line and column in a file), in words without the parser's internals. */
class JsonSyntaxMessagesTest {

    @Test
    void anErrorInAFileOfSeveralLinesGivesLineAndColumn() {
        String json = "{\n  \"id\": \"c5\",\n  \"complaint\": {\"regions\": [\"calf\"]},\n}";
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> KnotwiseJson.readCase(json));
        assertThat(e.error().code()).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(e.error().message()).contains("at line 4, column 1").doesNotContain("(code ");
    }

    @Test
    void anErrorOnOneLineGivesTheColumnOnly() {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> KnotwiseJson.readCase("{\"id\":\"a\",}"));
        assertThat(e.error().message()).contains("at column 11").doesNotContain("line");
    }

    @Test
    void textAfterTheCaseIsSaidPlainly() {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> KnotwiseJson.readCase("{\"id\":\"a\"} {\"id\":\"b\"}"));
        assertThat(e.error().message()).contains("more after the end").doesNotContain("DeserializationFeature", "JsonNode");
    }

    @Test
    void aPieceOfAPrettyPrintedCaseInABatchSaysToPutEachCaseOnOneLine() {
        CaseLineProcessor lines = new CaseLineProcessor(null); // the engine is never reached for such a line
        for (String piece : new String[]{"{", "  \"id\": \"c1\",", "  \"complaint\": {", "  }", "}"}) {
            var outcome = lines.process(new InputLine(2, piece, null));
            assertThat(outcome.error().code()).as(piece).isEqualTo(ErrorCode.MALFORMED_JSON);
            assertThat(outcome.error().message()).as(piece).isEqualTo(PartOfACase.MESSAGE).contains("one case per line", "jq -c");
        }
    }
}
