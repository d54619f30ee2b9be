package org.knotwise.workbench.scenario;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.BatchProcessor;
import org.knotwise.engine.batch.CaseOutcome;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs scenarios the way the shared checker does: all of them, in order, as one batch (so duplicate
 * ids count), then each outcome against its expectations.
 */
public final class ScenarioRunner {
    private final Knotwise engine;

    public ScenarioRunner(Knotwise engine) {
        this.engine = engine;
    }

    public List<ScenarioResult> run(List<Scenario> scenarios) {
        StringBuilder input = new StringBuilder();
        for (Scenario s : scenarios) {
            input.append(s.inputLine().replace("\n", " ")).append('\n');
        }
        List<CaseOutcome> outcomes = new ArrayList<>();
        try {
            new BatchProcessor(engine).run(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)),
                    new StringWriter(), outcomes::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            CaseOutcome o = outcomes.get(i);
            results.add(new ScenarioResult(s, o, ExpectationChecker.check(o, s.expect())));
        }
        return results;
    }
}
