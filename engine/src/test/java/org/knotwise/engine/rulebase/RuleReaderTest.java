package org.knotwise.engine.rulebase;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleReaderTest {

    @Test
    void readsIdsSourcesLinesPhasesAndTheCodesAConsequenceConcludes() {
        String text = """
                package org.knotwise.rules;
                import org.knotwise.engine.facts.*;

                rule "Too hard"
                    @id("hard.too-intense")
                    @source("§ How hard")
                    @because("it is above 7")
                    ruleflow-group "history"
                when
                    MassageHistory(intensity > 7)
                then
                    insert(Advice.adjustment("REDUCE_INTENSITY", "Press gently: \\"OK\\"."));
                    insert(Advice.failure("TOO_INTENSE", "Too hard."));
                end

                rule "Unlabelled"
                when
                    PainRegion()
                then
                end
                """;
        List<RuleDescription> rules = RuleReader.read(List.of(new RuleFile("how-hard.drl", text),
                new RuleFile("broken.drl", "rule \"x\" when then")));

        assertThat(rules).hasSize(2);
        RuleDescription r = rules.get(0);
        assertThat(r.id()).isEqualTo("hard.too-intense");
        assertThat(r.source()).isEqualTo("§ How hard");
        assertThat(r.because()).isEqualTo("it is above 7");
        assertThat(r.phase()).isEqualTo("history");
        assertThat(r.location()).isEqualTo("how-hard.drl:4");
        assertThat(r.concludes()).containsExactly("REDUCE_INTENSITY", "TOO_INTENSE");
        assertThat(rules.get(1).id()).isNull();
        assertThat(rules.get(1).line()).isEqualTo(16);
    }

    @Test
    void namesTheFilesThatDoNotParse() {
        assertThat(RuleReader.unparsed(List.of(new RuleFile("good.drl", "package p;\nrule \"r\" when then end\n"),
                new RuleFile("bad.drl", "package p;\nrule \"r\" when Foo( then end\n")))).containsExactly("bad.drl");
    }
}
