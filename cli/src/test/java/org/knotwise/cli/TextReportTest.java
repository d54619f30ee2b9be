package org.knotwise.cli;

import org.knotwise.cli.render.TextReport;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Caution;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.FieldWarning;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.RuleBaseIdentity;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The readable report's version 2 parts: unknown fields, cautions with their sources, the rule base, emergency. */
class TextReportTest {

    private static String report(Assessment a) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new TextReport(out).write(a, false);
        out.flush();
        return text.toString();
    }

    private static Assessment noSelfCare(String urgency, List<Caution> cautions, List<FieldWarning> warnings) {
        return new Assessment("r", false, List.of(), List.of(), null, List.of(), List.of(),
                new Professional(!"none".equals(urgency), urgency, List.of("POSSIBLE_CLOT"), List.of("See a doctor today.")),
                List.of(), List.of(), List.of(new ExplanationStep("caution.possible-clot", "§ x", "why", List.of())),
                cautions, warnings, new RuleBaseIdentity("knotwise", "0.1.0", "0123456789abcdef0123"));
    }

    @Test
    void saysWhichFieldsWereNotReadAndWhatWasMeant() {
        String text = report(noSelfCare("urgent", List.of(),
                List.of(new FieldWarning("complaint.serverity", "unknown field, did you mean complaint.severity?"))));

        assertThat(text).contains("not read").contains("complaint.serverity: unknown field, did you mean complaint.severity?");
    }

    @Test
    void listsEachCautionWithItsSourceEvenWithoutSelfCare() {
        String text = report(noSelfCare("urgent",
                List.of(new Caution("POSSIBLE_CLOT", null, "Do not massage a possible clot.", "NHS: DVT, https://www.nhs.uk/x")),
                List.of()));

        assertThat(text).contains("Self-massage: NO. See a doctor today.")
                .contains("Do not massage a possible clot. [POSSIBLE_CLOT]")
                .contains("Source: NHS: DVT, https://www.nhs.uk/x")
                .contains("Rules: knotwise 0.1.0 (digest 0123456789ab)")
                .doesNotContain("not read");
    }

    @Test
    void saysWhereEachSiteLiesFromThePainAsSection81Words() {
        // knee-front pain: its own area, thigh-outer as deep (beside), thigh-front nearer the centre, shin farther out
        Assessment a = org.knotwise.engine.Knotwise.builtIn().assess(org.knotwise.engine.json.KnotwiseJson.readCase(
                "{\"id\":\"k\",\"complaint\":{\"regions\":[\"knee-front\"]},\"spots\":["
                + "{\"region\":\"thigh-outer\",\"tender\":true,\"relevant\":true},"
                + "{\"region\":\"thigh-front\",\"tender\":true,\"relevant\":true},"
                + "{\"region\":\"shin\",\"tender\":true,\"relevant\":true}]}"));

        assertThat(report(a)).contains("search around the pain, low confidence, at the pain")
                .contains("beside the pain at the knee front")
                .contains("1 step toward the centre from the knee front pain")
                .contains("1 step farther out than the knee front pain")
                .doesNotContain("not toward the centre");
    }

    @Test
    void emergencySaysNow() {
        assertThat(report(noSelfCare("emergency", List.of(), List.of()))).contains("Get emergency care now.");
    }
}
