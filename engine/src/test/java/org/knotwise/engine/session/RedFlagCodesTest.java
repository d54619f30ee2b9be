package org.knotwise.engine.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The red-flag codes of contract v3 (§4, §8.5) are accepted; a misspelt one names the code it probably meant. */
class RedFlagCodesTest {
    private static final CaseValidator VALIDATOR = new CaseValidator(KnowledgeBase.builtIn());

    private static void validate(String... flags) {
        StringBuilder list = new StringBuilder();
        for (String f : flags) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(f).append('"');
        }
        VALIDATOR.validate(KnotwiseJson.readCase(
                "{\"id\":\"c\",\"complaint\":{\"regions\":[\"low-back\"]},\"redFlags\":[" + list + "]}"));
    }

    private static CaseError errorFor(String... flags) {
        return catchThrowableOfType(InvalidCaseException.class, () -> validate(flags)).error();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shortness-of-breath", "fainting", "confusion", "stiff-neck", "vision-change", "vomiting",
            "blood-in-stool-vomit-or-urine", "rash"})
    void eachCodeVersionThreeAddsIsAccepted(String code) {
        assertThatCode(() -> validate(code)).doesNotThrowAnyException();
        assertThatCode(() -> validate("fever", code)).doesNotThrowAnyException();
    }

    @Test
    void theValidatorTakesTheKnowledgeBasesListInTheContractsOrder() {
        assertThat(CaseValidator.RED_FLAGS).containsExactlyElementsOf(Vocabulary.RED_FLAGS);
        assertThat(CaseValidator.RED_FLAGS).hasSize(18).startsWith("numbness-or-weakness")
                .endsWith("rash");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "shortness-of-breth; 'shortness-of-breath'",
            "Stiff Neck; 'stiff-neck'",
            "stiff_neck; 'stiff-neck'",
            "faint; 'fainting'",
            "vomit; 'blood-in-stool-vomit-or-urine' or 'vomiting'",
            "vision-changes; 'vision-change'",
            "confusoin; 'confusion'",
            "bowel-or-bladder-chnage; 'bowel-or-bladder-change'"})
    void aMisspeltCodeIsAnUnknownValueThatNamesTheClosestCodes(String written, String suggested) {
        CaseError e = errorFor("fever", written);

        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_VALUE);
        assertThat(e.field()).isEqualTo("redFlags[1]");
        assertThat(e.message()).startsWith("'" + written + "' is not one of [").endsWith(": did you mean " + suggested + "?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"diarrhoea", "dizziness", "x", ""})
    void aCodeNothingIsCloseToGetsNoGuess(String written) {
        CaseError e = errorFor(written);

        assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_VALUE);
        assertThat(e.field()).isEqualTo("redFlags[0]");
        assertThat(e.message()).doesNotContain("did you mean");
    }
}
