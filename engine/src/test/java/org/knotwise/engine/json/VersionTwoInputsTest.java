package org.knotwise.engine.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.FieldWarning;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.model.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Contract §7.1's new inputs as read from JSON, and the warnings for fields the contract does not know. */
class VersionTwoInputsTest {

    @Test
    void readsOnsetSwellingAndThePerson() {
        Case c = KnotwiseJson.readCase("""
                {"id":"v2","complaint":{"regions":["calf"],"onset":"sudden","swelling":true},
                 "person":{"age":72,"anticoagulants":true,"pregnant":false}}""");

        assertThat(c.complaint().onset()).isEqualTo("sudden");
        assertThat(c.complaint().swelling()).isTrue();
        assertThat(c.person()).isEqualTo(new Person(72, true, false));
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void absentAndNullMeanUnknown() {
        Case absent = KnotwiseJson.readCase("{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\"]}}");
        Case nulls = KnotwiseJson.readCase("""
                {"id":"n","complaint":{"regions":["calf"],"onset":null,"swelling":null},
                 "person":{"age":null,"anticoagulants":null,"pregnant":null}}""");
        Case nullPerson = KnotwiseJson.readCase("{\"id\":\"p\",\"complaint\":{\"regions\":[\"calf\"]},\"person\":null}");

        assertThat(absent.person()).isEqualTo(Person.UNKNOWN);
        assertThat(nulls.person()).isEqualTo(Person.UNKNOWN);
        assertThat(nullPerson.person()).isEqualTo(Person.UNKNOWN);
        assertThat(absent.complaint().onset()).isNull();
        assertThat(nulls.complaint().swelling()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"50\"|WRONG_TYPE",
            "50.5|WRONG_TYPE",
            "true|WRONG_TYPE",
            "[50]|WRONG_TYPE"})
    void ageMustBeAWholeNumber(String age, String code) {
        InvalidCaseException e = catchThrowableOfType(InvalidCaseException.class, () -> KnotwiseJson.readCase(
                "{\"id\":\"x\",\"complaint\":{\"regions\":[\"calf\"]},\"person\":{\"age\":" + age + "}}"));

        assertThat(e.error().code().name()).isEqualTo(code);
        assertThat(e.error().field()).isEqualTo("person.age");
        assertThat(e.caseId()).isEqualTo("x");
    }

    @Test
    void aMisspeltFieldIsReadPastWithAWarningNamingTheLikelyField() {
        Case c = KnotwiseJson.readCase("""
                {"id":"w","complaint":{"regions":["calf"],"serverity":9},
                 "spots":[{"region":"calf","tender":true},{"region":"calf","tendre":true}],
                 "history":{"outcom":"same"},"persn":{"age":3},"person":{"pregant":true},
                 "note":"free text"}""");

        assertThat(c.warnings()).containsExactly(
                new FieldWarning("persn", "unknown field, did you mean person?"),
                new FieldWarning("note", "unknown field, ignored"),
                new FieldWarning("complaint.serverity", "unknown field, did you mean complaint.severity?"),
                new FieldWarning("spots[1].tendre", "unknown field, did you mean spots[1].tender?"),
                new FieldWarning("history.outcom", "unknown field, did you mean history.outcome?"),
                new FieldWarning("person.pregant", "unknown field, did you mean person.pregnant?"));
        assertThat(c.complaint().severity()).as("the misspelt value is not used").isNull();
        assertThat(c.person().pregnant()).isNull();
    }

    @Test
    void aWrongCaseFieldNameIsSuggestedToo() {
        Case c = KnotwiseJson.readCase("{\"id\":\"w\",\"complaint\":{\"Regions\":[\"calf\"],\"regions\":[\"calf\"]}}");

        assertThat(c.warnings()).containsExactly(
                new FieldWarning("complaint.Regions", "unknown field, did you mean complaint.regions?"));
    }

    @Test
    void nearestKnownNameOnlyWhenClose() {
        assertThat(KnownFields.closest("serverity", KnownFields.COMPLAINT)).isEqualTo("severity");
        assertThat(KnownFields.closest("durationdays", KnownFields.COMPLAINT)).isEqualTo("durationDays");
        assertThat(KnownFields.closest("colour", KnownFields.COMPLAINT)).isNull();
        assertThat(KnownFields.closest("x", KnownFields.PERSON)).isNull();
        assertThat(org.knotwise.kb.EditDistance.between("kitten", "sitting")).isEqualTo(3);
    }
}
