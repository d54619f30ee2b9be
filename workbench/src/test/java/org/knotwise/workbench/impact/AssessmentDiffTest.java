package org.knotwise.workbench.impact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a change of an answer, and how it is named. */
class AssessmentDiffTest {
    static final String BASE = """
            {"id":"a","selfCare":true,"candidateSites":[{"region":"calf","confidence":"high"},{"region":"thigh-back"}],\
            "adjustments":[{"code":"MORE_OFTEN","message":"m"}],"failureReasons":[],\
            "professional":{"recommended":false,"urgency":"none","reasons":[],"advice":[]},"expectations":["x"],\
            "explanation":[{"rule":"r.one"},{"rule":"r.two"}],"ruleBase":{"name":"built-in","digest":"1"}}""";

    @Test
    void theSameAnswerInAnotherFiringOrderOrFromAnotherRuleBaseIsNoChange() {
        String other = BASE.replace("{\"rule\":\"r.one\"},{\"rule\":\"r.two\"}", "{\"rule\":\"r.two\"},{\"rule\":\"r.one\"}")
                .replace("\"digest\":\"1\"", "\"digest\":\"2\"");
        assertThat(AssessmentDiff.compare(1, BASE, BASE)).isNull();
        assertThat(AssessmentDiff.compare(1, BASE, other)).isNull();
    }

    @Test
    void eachChangeIsNamedWithTheRulesThatFiredDifferently() {
        String after = BASE.replace("\"selfCare\":true", "\"selfCare\":false")
                .replace("\"urgency\":\"none\",\"reasons\":[]", "\"urgency\":\"urgent\",\"reasons\":[\"POSSIBLE_CLOT\"]")
                .replace("{\"region\":\"calf\",\"confidence\":\"high\"},", "")
                .replace("MORE_OFTEN", "LESS_OFTEN")
                .replace("\"expectations\":[\"x\"]", "\"expectations\":[\"y\"]")
                .replace("{\"rule\":\"r.one\"}", "{\"rule\":\"r.clot\"}");
        CaseChange c = AssessmentDiff.compare(7, BASE, after);
        assertThat(c.line()).isEqualTo(7);
        assertThat(c.id()).isEqualTo("a");
        assertThat(c.changes()).extracting(Change::kind).containsExactly("selfCare true → false", "urgency none → urgent",
                "top site changed", "added professional reason POSSIBLE_CLOT", "added adjustment LESS_OFTEN",
                "removed adjustment MORE_OFTEN", "expectations changed");
        assertThat(c.changes().get(2).detail()).isEqualTo("calf → thigh-back");
        assertThat(c.firedOnlyNew()).containsExactly("r.clot");
        assertThat(c.firedOnlyOld()).containsExactly("r.one");
    }

    @Test
    void professionalAdviceThatChangedAloneShowsItsTextBeforeAndAfter() {
        String before = BASE.replace("\"advice\":[]", "\"advice\":[\"See a professional within weeks.\"]");
        String after = BASE.replace("\"advice\":[]", "\"advice\":[\"See a physiotherapist within weeks.\"]");

        assertThat(AssessmentDiff.compare(1, before, after).changes()).extracting(Change::kind, Change::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("professional advice changed",
                        "advice: \"See a professional within weeks.\" → \"See a physiotherapist within weeks.\""));
    }

    @Test
    void anyOtherPartThatChangedShowsWhatItSaidBeforeAndAfter() {
        String after = BASE.replace("\"expectations\":[\"x\"]", "\"expectations\":[\"x\",\"y\"]");

        assertThat(AssessmentDiff.compare(1, BASE, after).changes()).extracting(Change::kind, Change::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("expectations changed", "none → \"y\""));
    }

    @Test
    void aCaseThatBecomesAnErrorIsOneKindOfChange() {
        String error = "{\"id\":\"a\",\"line\":3,\"error\":{\"code\":\"UNKNOWN_REGION\",\"field\":\"complaint.regions[0]\",\"message\":\"m\"}}";
        assertThat(AssessmentDiff.compare(3, BASE, error).changes()).extracting(Change::kind)
                .containsExactly("assessed → error UNKNOWN_REGION");
        assertThat(AssessmentDiff.compare(3, error, BASE).changes()).extracting(Change::kind)
                .containsExactly("error UNKNOWN_REGION → assessed");
    }

    @Test
    void otherSitesChangingBelowTheSameTopSiteIsNamedToo() {
        String after = BASE.replace("{\"region\":\"thigh-back\"}", "{\"region\":\"buttock\"}");
        assertThat(AssessmentDiff.compare(1, BASE, after).changes()).extracting(Change::kind, Change::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("other candidate sites changed",
                        "calf, thigh-back → calf, buttock"));
    }
}
