package org.knotwise.engine.rulebase;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The line scan that orders the built-in KIE base while the parser reads the descriptions. */
class RuleNamesByScanTest {

    private static final String A = """
            package org.knotwise.rules;
            // rule "not a rule: a comment"
            rule "First"
                @id("a1") @source("s")
                ruleflow-group "findings"
            when
                eval(true)
            then
                System.out.println("rule \\"not a rule: a string\\"");
            end

              rule "Second, indented"
                @id("a2") @source("s")
                ruleflow-group "findings"
            when
            then
            end
            """;
    private static final String B = """
            package org.knotwise.rules;
            rule "Third"
                @id("b1") @source("s")
                ruleflow-group "findings"
            when
            then
            end
            """;

    @Test
    void theScanFindsTheRulesInTheParsersOrder() {
        List<RuleFile> files = List.of(new RuleFile("a.drl", A), new RuleFile("b.drl", B));
        List<String> parsed = RuleDescriber.describe(files, new ArrayList<>()).stream().map(RuleDescription::name).toList();
        assertThat(parsed).containsExactly("First", "Second, indented", "Third");
        assertThat(BuiltInRules.ruleNamesByScan(files)).isEqualTo(parsed);
    }

    @Test
    void aRuleTheScanCannotReadMakesItsOrderDifferSoTheLoaderBuildsAgainInTheParsersOrder() {
        List<RuleFile> files = List.of(new RuleFile("c.drl", B.replace("rule \"Third\"", "rule \"Say \\\"hi\\\"\"")));
        List<String> parsed = RuleDescriber.describe(files, new ArrayList<>()).stream().map(RuleDescription::name).toList();
        assertThat(parsed).hasSize(1);
        assertThat(BuiltInRules.ruleNamesByScan(files)).isNotEqualTo(parsed);
    }
}
