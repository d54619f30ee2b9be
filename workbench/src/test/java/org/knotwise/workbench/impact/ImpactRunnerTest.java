package org.knotwise.workbench.impact;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.workbench.generate.CaseGenerator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two small rule bases over generated cases: the kinds and counts, the same whatever the threads. */
class ImpactRunnerTest {
    @TempDir
    Path dir;

    @Test
    void aRuleAddedForCalfPainShowsAsANewReasonForExactlyThoseCases() throws Exception {
        Path minimal = Path.of(getClass().getResource("/rules/minimal").toURI());
        Path changed = Files.createDirectories(dir.resolve("changed"));
        Files.copy(minimal.resolve("look-at-the-pain.drl"), changed.resolve("look-at-the-pain.drl"));
        Files.writeString(changed.resolve("calf.drl"), """
                package org.knotwise.test;
                import org.knotwise.engine.facts.*;
                rule "Calf pain: see someone"
                    @id("test.calf")
                    @source("§ test")
                    @because("a test")
                    ruleflow-group "professional"
                when
                    PainRegion(region == "calf")
                then
                    insert(new ProfessionalAdvice("NO_PROGRESS", "routine", "see someone"));
                end
                """);
        Knotwise before = Knotwise.withRules(minimal);
        Knotwise after = Knotwise.withRules(changed);

        CaseGenerator generator = new CaseGenerator(5, 0.05);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            lines.add(generator.nextLine());
        }
        byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        long calfCases = 0;
        CaseLineProcessor p = new CaseLineProcessor(after);
        for (int i = 0; i < lines.size(); i++) {
            CaseOutcome o = p.process(new InputLine(i + 1, lines.get(i), null));
            if (!o.isError()) {
                JsonNode a = KnotwiseJson.parse(o.json());
                if (a.path("professional").path("reasons").toString().contains("NO_PROGRESS")) {
                    calfCases++;
                }
            }
        }
        assertThat(calfCases).isPositive();

        Impact one = new ImpactRunner(before, after, 1).run(new ByteArrayInputStream(input));
        Impact three = new ImpactRunner(before, after, 3).run(new ByteArrayInputStream(input));
        assertThat(one.cases()).isEqualTo(600);
        assertThat(one.kinds().count("added professional reason NO_PROGRESS")).isEqualTo(calfCases);
        assertThat(one.kinds().count("urgency none → routine")).isEqualTo(calfCases);
        assertThat(one.examples("urgency none → routine")).hasSize(5)
                .allSatisfy(x -> assertThat(x.firedOnlyNew()).containsExactly("test.calf"));
        assertThat(ImpactText.render(three, "a", "b")).isEqualTo(ImpactText.render(one, "a", "b"));

        Impact none = new ImpactRunner(before, Knotwise.withRules(minimal), 2).run(new ByteArrayInputStream(input));
        assertThat(none.changed()).isZero();
    }
}
