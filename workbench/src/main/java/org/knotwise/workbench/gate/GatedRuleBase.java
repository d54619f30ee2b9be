package org.knotwise.workbench.gate;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.rulebase.RuleBase;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.kb.Problem;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;
import org.knotwise.workbench.scenario.ScenarioResult;
import org.knotwise.workbench.scenario.ScenarioRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way every command loads a rule base: compiled with type checking, then run through a gate of
 * golden scenarios. A rule base that fails either is never loaded; the error names the file and line, or
 * the failing scenario (its file:line, expected vs got).
 *
 * <p>The gate's scenarios: for a rules folder, the {@code .jsonl}/{@code .yaml} files in its
 * {@code scenarios/} subfolder (but not in {@code scenarios/built-in-tests/}) when it has any (its owners decide what their rules must keep doing;
 * {@code rules init} puts a copy of the golden set there), else the golden set shipped with the built-in
 * rules; for the built-in rules, that golden set.
 */
public final class GatedRuleBase {
    /** A rules folder's own gate scenarios live here. */
    public static final String SCENARIOS_FOLDER = "scenarios";
    /**
     * The subfolder of {@link #SCENARIOS_FOLDER} where {@code rules init} copies the scenarios the built-in rules
     * are tested with: {@code rules test} and {@code rules mutate} run them, the gate does not (a folder may part
     * from the built-in rules on purpose, and the gate would then refuse it until every one is rewritten).
     */
    public static final String BUILT_IN_TESTS_FOLDER = "built-in-tests";

    private GatedRuleBase() {
    }

    /**
     * The engine for the rules in a folder (null: the built-in rules), once they compiled and passed the gate.
     *
     * @throws RuleBaseException listing the compiler's errors or the failing gate scenarios; nothing is loaded then
     */
    public static Knotwise load(Path dirOrNull) {
        return load(dirOrNull, false);
    }

    /**
     * As {@link #load(Path)}; with {@code drafts} the rules marked {@code @status("draft")} run too, and the
     * gate checks the rule base with them.
     */
    public static Knotwise load(Path dirOrNull, boolean drafts) {
        if (dirOrNull == null && !drafts) {
            // The built-in rules passed this gate when they were built (the rules module's BuiltInGateTest);
            // running it again would only add to every command's start-up.
            return Knotwise.builtIn();
        }
        Knotwise engine = dirOrNull == null ? Knotwise.builtIn(true) : Knotwise.withRules(dirOrNull, drafts);
        List<Problem> failures = gate(engine, dirOrNull);
        if (!failures.isEmpty()) {
            List<Problem> all = new ArrayList<>(engine.ruleBase().warnings());
            all.addAll(failures);
            throw new RuleBaseException(all);
        }
        return engine;
    }

    /**
     * Every problem of a rule base without loading it for use: the compiler's and checks' errors and
     * warnings, then (when it compiles) each gate scenario it fails, as an error at the scenario's line.
     */
    public static List<Problem> check(Path dirOrNull) {
        return check(dirOrNull, false);
    }

    /** As {@link #check(Path)}; with {@code drafts} the gate runs with the draft rules too. */
    public static List<Problem> check(Path dirOrNull, boolean drafts) {
        List<Problem> problems = new ArrayList<>();
        Knotwise engine;
        try {
            if (dirOrNull == null) {
                // the DRL text checked as a folder would be, then the executable model that runs it
                problems.addAll(RuleBase.checkBuiltIn());
                if (problems.stream().anyMatch(Problem::isError)) {
                    return problems;
                }
                engine = Knotwise.builtIn(drafts);
            } else {
                engine = Knotwise.withRules(dirOrNull, drafts);
                problems.addAll(engine.ruleBase().warnings());
            }
        } catch (RuleBaseException e) {
            problems.addAll(e.problems());
            return problems;
        }
        problems.addAll(gate(engine, dirOrNull));
        return problems;
    }

    /** Runs the gate's scenarios on an engine: each one it fails, as an error at the scenario's file and line. */
    public static List<Problem> gate(Knotwise engine, Path dirOrNull) {
        List<Problem> failures = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(engine);
        for (GateFile file : gateFiles(dirOrNull, failures)) {
            // each file is one batch, as rules test runs it: ids must be unique within a file only
            for (ScenarioResult r : runner.run(file.scenarios())) {
                if (!r.passed()) {
                    failures.add(Problem.error(file.shownAs(), line(r.scenario().origin()), "gate scenario "
                            + r.scenario().name() + " failed: " + String.join("; ", r.failures())));
                }
            }
        }
        return failures;
    }

    /** A file of gate scenarios and the name problems show it under. */
    record GateFile(String shownAs, List<Scenario> scenarios) {
    }

    /** The folder's own gate files, or the built-in golden set; files that do not read become errors. */
    static List<GateFile> gateFiles(Path dirOrNull, List<Problem> problems) {
        List<GateFile> files = new ArrayList<>();
        Path own = dirOrNull == null ? null : dirOrNull.resolve(SCENARIOS_FOLDER);
        if (own != null && Files.isDirectory(own)) {
            try {
                Path tests = own.resolve(BUILT_IN_TESTS_FOLDER);
                for (Path f : ScenarioFiles.expand(List.of(own)).stream().filter(f -> !f.startsWith(tests)).toList()) {
                    try {
                        files.add(new GateFile(f.toString(), ScenarioFiles.read(f)));
                    } catch (IllegalArgumentException e) {
                        problems.add(Problem.error(f.toString(), 0, "gate scenarios do not read: " + e.getMessage()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (files.isEmpty() && problems.isEmpty()) {
            files.add(new GateFile(GoldenScenarios.SHOWN_AS, GoldenScenarios.read()));
        }
        return files;
    }

    /** The line of an origin such as {@code golden.jsonl:12}, or 0. */
    private static int line(String origin) {
        int colon = origin.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(origin.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
