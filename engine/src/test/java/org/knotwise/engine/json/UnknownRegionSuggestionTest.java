package org.knotwise.engine.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.kb.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The mistake a person is most likely to make, a region in their own words, gets the closest ids (contract v2 §7.9). */
class UnknownRegionSuggestionTest {
    private final CaseValidator validator = new CaseValidator(KnowledgeBase.builtIn());

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "lower back; 'low-back'",
            "Heel; 'heel'",
            "forearm; 'forearm-back'",
            "forearm; 'forearm-front'",
            "low_back; 'low-back'"})
    void anUnknownRegionNamesTheClosestIds(String written, String suggested) {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> validator.validate(
                KnotwiseJson.readCase("{\"id\":\"c\",\"complaint\":{\"regions\":[\"" + written + "\"]}}")));

        assertThat(e.error().code()).isEqualTo(ErrorCode.UNKNOWN_REGION);
        assertThat(e.error().field()).isEqualTo("complaint.regions[0]");
        assertThat(e.error().message()).contains("did you mean").contains(suggested);
    }
}
