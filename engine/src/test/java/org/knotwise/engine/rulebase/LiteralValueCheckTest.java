package org.knotwise.engine.rulebase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value misspelt in a rule's condition compiles and type-checks, and the rule then never fires (or, with
 * {@code !=}, always does): each comparison of a fact field with text is checked against the values that field
 * can hold, and a miss is an error on the literal's line with "did you mean" and the values allowed.
 */
class LiteralValueCheckTest {

    private static final String HEADER = """
            package org.knotwise.test;

            import org.knotwise.engine.facts.*;

            """;

    /** A rule whose condition starts on line 10 of the file. */
    private static String rule(String id, String condition) {
        return """
                rule "%s"
                    @id("test.%s")
                    @source("§ test")
                    ruleflow-group "professional"
                when
                    %s
                then
                    insert(new ProfessionalAdvice("NO_PROGRESS", "routine", "test"));
                end
                """.formatted(id, id, condition);
    }

    @TempDir
    Path dir;

    private static List<Problem> find(String drl) {
        return LiteralValueCheck.find(List.of(new RuleFile("test.drl", drl)), KnowledgeBase.builtIn());
    }

    @Test
    void aMisspeltToolIsAnErrorOnItsLineThatRefusesTheFolder() throws IOException {
        Files.writeString(dir.resolve("test.drl"), HEADER + rule("thumb", "MassageHistory(tool == \"thum\")"));

        List<Problem> errors = RuleBase.check(dir).stream().filter(Problem::isError).toList();

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("test.drl");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).startsWith("MassageHistory.tool is never \"thum\", so this condition can never hold"
                    + " (did you mean thumb?); the case format allows ").contains("foam-roller, other, tennis-ball, thumb");
        });
    }

    @Test
    void everyKindOfComparisonWithTextIsChecked() {
        String drl = HEADER + rule("outcome", "MassageHistory(outcome != \"samee\")")
                + rule("style", "MassageHistory(\"brutall\" == professionalStyle)")
                + rule("regions", "exists PainRegion(region in (\"calf\", \"shinn\"))")
                + rule("quality", "PainComplaint(quality contains \"tingeling\")")
                + rule("onset", "PainComplaint(onset == \"suden\")")
                + rule("flag", "RedFlag(code == \"fevr\")")
                + rule("method", "MassageHistory(method == \"kneeding\")");

        assertThat(find(drl)).extracting(Problem::line, Problem::message).satisfiesExactly(
                e -> assertThat(e.toList()).containsExactly(10, "MassageHistory.outcome is never \"samee\", so this condition"
                        + " always holds (did you mean same?); the case format allows better, partial, same, temporary, worse"),
                e -> assertThat((String) e.toList().get(1)).startsWith("MassageHistory.professionalStyle is never \"brutall\"")
                        .contains("(did you mean brutal?)").endsWith("allows brutal, gentle, none"),
                e -> assertThat((String) e.toList().get(1)).startsWith("PainRegion.region is never \"shinn\"")
                        .contains("(did you mean shin?); kb/regions.csv's regions are forehead, temple, jaw,"),
                e -> assertThat((String) e.toList().get(1)).startsWith("PainComplaint.quality is never \"tingeling\"")
                        .contains("(did you mean tingling?)"),
                e -> assertThat((String) e.toList().get(1)).contains("(did you mean sudden?)"),
                e -> assertThat((String) e.toList().get(1)).startsWith("RedFlag.code is never \"fevr\"").contains("(did you mean fever?)"),
                e -> assertThat((String) e.toList().get(1)).contains("(did you mean kneading?)"));
    }

    @Test
    void codesAreCheckedAgainstTheContractAndWhatTheRulesConclude() {
        String drl = HEADER + rule("caution", "Caution(code == \"CLOT_CHEK\")")
                + rule("own-caution", "Caution(code == \"MY_OWN_CAUTION\")")
                + rule("exclusion", "exists Exclusion(reason == \"NOT_RELEVNT\")")
                + rule("advice", "Advice(code == \"TOO_INTENS\")")
                + rule("reason", "ProfessionalAdvice(reason == \"BAD_REACTION\")")
                + """
                rule "Own caution"
                    @id("test.insert-own")
                    @source("§ test")
                    ruleflow-group "safety"
                when
                    Person(age != null, age > 90)
                then
                    insert(Caution.of("MY_OWN_CAUTION", "m", "s"));
                end
                """;

        assertThat(find(drl)).extracting(Problem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("Caution.code is never \"CLOT_CHEK\"").contains("(did you mean CLOT_CHECK?)")
                        .contains("MY_OWN_CAUTION"),
                m -> assertThat(m).startsWith("Exclusion.reason is never \"NOT_RELEVNT\"").contains("(did you mean NOT_RELEVANT?)"),
                m -> assertThat(m).startsWith("Advice.code is never \"TOO_INTENS\"").contains("(did you mean TOO_INTENSE?)"),
                m -> assertThat(m).startsWith("ProfessionalAdvice.reason is never \"BAD_REACTION\"")
                        .contains("(did you mean BAD_REACTIONS?)"));
    }

    @Test
    void aFieldReachedThroughABindingIsCheckedOnTheLiteralsOwnLine() {
        String drl = HEADER + rule("bound", """
                $c : PainComplaint()
                    exists PainRegion($c.onset == "sudden" || region in ("calf",
                                                                         "knee-bak"))
                    Candidate($site : region)
                    eval($site != null)
                    Caution(region == $site, $s : region, $s != "neck-sid")""");

        assertThat(find(drl)).extracting(Problem::line, p -> p.message().substring(0, p.message().indexOf(',')))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12, "PainRegion.region is never \"knee-bak\""),
                        org.assertj.core.groups.Tuple.tuple(15, "Caution.region is never \"neck-sid\""));
    }
}
