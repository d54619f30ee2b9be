package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rules folder is compiled with type checking, and the compiler's complaints come back in plain words on
 * the line a knowledge engineer has to change, with the compiler's own text kept on a second line.
 */
class TypeCheckedCompileTest {

    private static final String HEADER = """
            package org.knotwise.test;

            import org.knotwise.engine.facts.*;

            """;

    /** A rule of the professional phase with the given condition (line 10 of the file). */
    private static String rule(String name, String condition) {
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
                """.formatted(name, name.toLowerCase().replace(' ', '-'), condition);
    }

    @TempDir
    Path dir;

    private List<Problem> check(String text) throws IOException {
        Files.writeString(dir.resolve("test.drl"), text);
        return RuleBase.check(dir).stream().filter(Problem::isError).toList();
    }

    @Test
    void aNumberComparedWithTextIsAnErrorOnItsLine() throws IOException {
        List<Problem> errors = check(HEADER + rule("Long enough", "MassageHistory(days != null, days >= \"ten\")"));

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("test.drl");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).startsWith("\"ten\" is text, but it is compared with a number")
                    .contains("\n(compiler: ").contains("For input string");
        });
    }

    @Test
    void theSameRuleWithANumberLoads() throws IOException {
        assertThat(check(HEADER + rule("Long enough", "MassageHistory(days != null, days >= 10)"))).isEmpty();
    }

    @Test
    void aMisspeltFieldNamesTheFactsFieldsAndTheClosestOne() throws IOException {
        List<Problem> errors = check(HEADER + rule("Long enough", "MassageHistory(dayz >= 14)"));

        assertThat(errors).isNotEmpty().first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).startsWith("MassageHistory has no field \"dayz\" (did you mean days?); its fields are ")
                    .contains("intensity", "outcome").contains("\n(compiler: ");
        });
    }

    @Test
    void anUnknownFactTypeIsNamedWithTheKnownOnes() throws IOException {
        List<Problem> errors = check(HEADER + rule("Long enough", "MassageHistroy(days >= 14)"));

        assertThat(errors).isNotEmpty().first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).startsWith("there is no fact type called \"MassageHistroy\" (did you mean MassageHistory?)");
        });
    }

    @Test
    void aMissingEndIsReportedWhereTheRuleStarts() throws IOException {
        String first = rule("First", "MassageHistory(days >= 14)").replace("end\n", "");
        String text = HEADER + first + "\n" + rule("Second", "MassageHistory(days >= 30)");
        List<Problem> errors = check(text);

        assertThat(errors).isNotEmpty().first().satisfies(p -> {
            assertThat(p.line()).as("the line of rule \"First\"").isEqualTo(5);
            assertThat(p.message()).startsWith("rule \"First\" has no \"end\"").contains("\n(compiler: ");
        });
    }

    @Test
    void aMissingEndAtTheLastRuleToo() throws IOException {
        String text = HEADER + rule("First", "MassageHistory(days >= 14)") + "\n"
                + rule("Second", "MassageHistory(days >= 30)").replace("end\n", "");
        List<Problem> errors = check(text);

        assertThat(errors).isNotEmpty().first().satisfies(p -> {
            assertThat(p.line()).as("the line of rule \"Second\"").isEqualTo(15);
            assertThat(p.message()).startsWith("rule \"Second\" has no \"end\"");
        });
    }

    @Test
    void anUnclosedBracketIsNotAMissingEndAndStaysWhereTheParserSawIt() throws IOException {
        String text = HEADER + rule("First", "MassageHistory(days >= 14").replace("end\n", "end\n") + "\n"
                + rule("Second", "MassageHistory(days >= 30)");
        List<Problem> errors = check(text);

        assertThat(errors).isNotEmpty().first().satisfies(p -> {
            assertThat(p.line()).as("the line of 'then' after the unclosed bracket").isEqualTo(11);
            assertThat(p.message()).startsWith("cannot read the rule text at 'then'").contains("bracket");
        });
    }

    @Test
    void aFileThatDoesNotParseDoesNotHideTheOtherFilesErrors() throws IOException {
        Files.writeString(dir.resolve("a-broken.drl"), HEADER + rule("First", "MassageHistory(days >= 14"));
        List<Problem> errors = check(HEADER + rule("Long enough", "MassageHistory(dayz >= 14)"));

        assertThat(errors).anySatisfy(p -> assertThat(p.file()).isEqualTo("a-broken.drl"))
                .anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("test.drl");
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(p.message()).startsWith("MassageHistory has no field \"dayz\"");
                });
    }

    @Test
    void aThenPartThatIsNotJavaIsOnTheRule() throws IOException {
        List<Problem> errors = check(HEADER + rule("Long enough", "MassageHistory(days >= 14)").replace("insert(", "insret("));

        assertThat(errors).isNotEmpty().first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("the \"then\" part of this rule is not valid: The method insret(ProfessionalAdvice) is undefined");
        });
    }
}
