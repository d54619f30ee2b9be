package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NeverFiringRulesTest {

    private static final String HEADER = "package org.knotwise.rules;\nimport org.knotwise.engine.facts.*;\n\n";

    private static String rule(String name, String when, String then) {
        return "rule \"" + name + "\"\n    @id(\"t." + name + "\")\n    @source(\"§ test\")\n    ruleflow-group \"history\"\n"
                + "when\n    " + when + "\nthen\n    " + then + "\nend\n\n";
    }

    @Test
    void warnsWithFileAndLineWhenAConditionWaitsForAFactNobodyInserts() {
        String text = HEADER
                + rule("inserts-advice", "MassageHistory()", "insert(Advice.failure(\"X_Y\", \"m\"));")  // line 4
                + rule("needs-advice", "Advice()", "")                                                  // line 14
                + rule("needs-plan", "PainRegion()\n    Plan()", "");                                   // line 24
        List<Problem> problems = NeverFiringRules.find(List.of(new RuleFile("t.drl", text)));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.file()).isEqualTo("t.drl");
            assertThat(p.line()).isEqualTo(24);
            assertThat(p.message()).contains("needs-plan", "can never fire", "Plan");
        });
    }

    @Test
    void negationsAlternativesAndFromAreNotMistakenForDeadConditions() {
        String text = HEADER
                + rule("absent-plan", "PainRegion()\n    not Plan()", "")
                + rule("either", "exists (Plan() or RedFlag())", "")
                + rule("from-kb", "$r : Plan() from kb.plans()", "")
                + rule("any-describable", "Describable()", "")
                + rule("any-object", "Object()", "");
        assertThat(NeverFiringRules.find(List.of(new RuleFile("t.drl", text)))).isEmpty();
    }

    @Test
    void anAlternativeWithNoPossibleBranchIsReported() {
        String text = HEADER + rule("neither", "exists (Plan() or Expectation())", "");
        assertThat(NeverFiringRules.find(List.of(new RuleFile("t.drl", text))))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("Plan or Expectation"));
    }
}
