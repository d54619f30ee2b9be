package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.kb.Problem;
import org.knotwise.workbench.consult.QuestionBook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The questions file is checked like the rules: every askable field has a question, errors name file and line. */
class QuestionsFileTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInQuestionsHaveNoErrors() {
        assertThat(QuestionBook.check(null, RuleTesting.ENGINE.ruleBase().rules())).noneMatch(Problem::isError);
    }

    @Test
    void aMissingQuestionIsAnErrorWithFileAndLine() throws Exception {
        String text = QuestionBook.builtInText();
        int start = text.indexOf("- field: person.pregnant");
        int end = text.indexOf("- field:", start + 1);
        Files.writeString(dir.resolve("questions.yaml"), text.substring(0, start) + text.substring(end));

        List<Problem> problems = QuestionBook.check(dir, RuleTesting.ENGINE.ruleBase().rules());

        assertThat(problems).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("questions.yaml").toString());
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("person.pregnant");
        });
    }

    @Test
    void aBadValueAndAnUnknownRuleAreErrorsAtTheirQuestionsLine() throws Exception {
        String text = QuestionBook.builtInText()
                .replace("{value: gradual, label: Gradually}", "{value: slowly, label: Gradually}")
                .replace("rules: [pro.brutal]", "rules: [pro.no-such-rule]");
        Files.writeString(dir.resolve("questions.yaml"), text);
        List<String> lines = text.lines().toList();

        List<Problem> errors = QuestionBook.check(dir, RuleTesting.ENGINE.ruleBase().rules()).stream()
                .filter(Problem::isError).toList();

        assertThat(errors).hasSize(2);
        assertThat(errors).anySatisfy(p -> {
            assertThat(lines.get(p.line() - 1)).isEqualTo("- field: complaint.onset");
            assertThat(p.message()).contains("slowly");
        });
        assertThat(errors).anySatisfy(p -> {
            assertThat(lines.get(p.line() - 1)).isEqualTo("- field: history.professionalStyle");
            assertThat(p.message()).contains("pro.no-such-rule");
        });
    }

    @Test
    void aFolderWithoutItsOwnFileUsesTheBuiltInQuestions() {
        assertThat(QuestionBook.hasOwnFile(dir)).isFalse();
        assertThat(QuestionBook.check(dir, RuleTesting.ENGINE.ruleBase().rules())).noneMatch(Problem::isError);
    }
}
