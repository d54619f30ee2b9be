package org.knotwise.workbench.scenario;

import org.knotwise.engine.batch.CaseOutcome;

import java.util.List;

/** A scenario's outcome: every expectation it missed, each as "expected … got …". */
public record ScenarioResult(Scenario scenario, CaseOutcome outcome, List<String> failures) {
    public boolean passed() {
        return failures.isEmpty();
    }
}
