package org.knotwise.workbench.scenario;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An error without a field (ENGINE_FAILURE, MALFORMED_JSON) is reported without "at null". */
class NoFieldNoAtTest {

    @Test
    void anErrorWithoutAFieldIsNotPlacedAtNull() {
        var outcome = CaseLineProcessor.error(3, "c", new CaseError(ErrorCode.ENGINE_FAILURE, null, "the engine failed"));
        List<String> failures = ExpectationChecker.check(outcome, JsonNodeFactory.instance.objectNode());
        assertThat(failures).containsExactly("expected an assessment, got error ENGINE_FAILURE: the engine failed");
    }

    @Test
    void anErrorWithAFieldNamesIt() {
        var outcome = CaseLineProcessor.error(3, "c", new CaseError(ErrorCode.WRONG_TYPE, "history.days", "must be a whole number"));
        assertThat(ExpectationChecker.check(outcome, JsonNodeFactory.instance.objectNode()))
                .containsExactly("expected an assessment, got error WRONG_TYPE at history.days: must be a whole number");
    }
}
