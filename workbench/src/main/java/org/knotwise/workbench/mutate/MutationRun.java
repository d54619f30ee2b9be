package org.knotwise.workbench.mutate;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleBase;
import org.knotwise.engine.rulebase.RuleBaseFromFiles;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioResult;
import org.knotwise.workbench.scenario.ScenarioRunner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the scenarios against every mutant of a rule base, one mutant at a time per thread. A mutant is
 * killed when a scenario that passes on the original rules fails on it. Mutants compile with the quick
 * MVEL compiler when it compiles the original (a mutant only removes text or flips an operator), else with
 * the executable model, as folders are.
 */
public final class MutationRun {
    private final List<RuleFile> files;
    private final KnowledgeBase kb;
    private final List<List<Scenario>> scenarioFiles;
    private final EquivalentMutants equivalents;
    private final int threads;
    /** Whether draft rules run; when they do not, their mutants are not made (no scenario could notice them). */
    private final boolean drafts;
    /** Whether the MVEL compiler compiles the original, and so the mutants. */
    private volatile boolean quick;

    public MutationRun(List<RuleFile> files, KnowledgeBase kb, List<List<Scenario>> scenarioFiles,
                       EquivalentMutants equivalents, int threads) {
        this(files, kb, scenarioFiles, equivalents, threads, false);
    }

    /** As the other constructor; with {@code drafts} the rules marked {@code @status("draft")} run and are mutated too. */
    public MutationRun(List<RuleFile> files, KnowledgeBase kb, List<List<Scenario>> scenarioFiles,
                       EquivalentMutants equivalents, int threads, boolean drafts) {
        this.drafts = drafts;
        this.files = List.copyOf(files);
        this.kb = kb;
        this.scenarioFiles = List.copyOf(scenarioFiles);
        this.equivalents = equivalents;
        this.threads = Math.max(1, threads);
    }

    /** @throws IllegalStateException when the original rules do not compile */
    public MutationReport run() throws InterruptedException {
        long started = System.nanoTime();
        RuleBase original;
        try {
            original = RuleBaseFromFiles.quick(files, kb, drafts);
            quick = true;
        } catch (RuleBaseException e) {
            original = RuleBaseFromFiles.typeChecked(files, kb, drafts);
            quick = false;
        }
        Set<String> baselinePassing = passing(original);
        Set<String> running = new HashSet<>();
        original.rules().forEach(r -> running.add(r.id()));
        List<Mutant> mutants = new ArrayList<>();
        Set<String> keys = new HashSet<>(); // every mutant made, run or not: a declared one is stale only if absent here
        for (Mutant m : MutantMaker.mutants(files)) {
            keys.add(m.key());
            if (running.contains(m.ruleId())) {
                mutants.add(m);
            } // else a draft left out: no scenario could notice its mutants
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "knotwise-mutant");
            t.setDaemon(true);
            return t;
        });
        List<Future<String>> verdicts = new ArrayList<>();
        try {
            for (Mutant m : mutants) {
                verdicts.add(pool.submit(() -> verdict(m, baselinePassing)));
            }
            int killed = 0;
            List<Mutant> survivors = new ArrayList<>();
            List<Mutant> notCompiling = new ArrayList<>();
            Map<Mutant, String> equivalent = new LinkedHashMap<>();
            Map<String, String> killedBy = new LinkedHashMap<>();
            List<String> stale = new ArrayList<>();
            for (int i = 0; i < mutants.size(); i++) {
                Mutant m = mutants.get(i);
                String v = verdicts.get(i).get();
                String reason = equivalents.reason(m);
                if (v == NOT_COMPILING) {
                    notCompiling.add(m);
                } else if (v != null) {
                    killed++;
                    killedBy.put(m.key(), v);
                    if (reason != null) {
                        stale.add(m.key() + " (declared equivalent, but " + v + " noticed it)");
                    }
                } else if (reason != null) {
                    equivalent.put(m, reason);
                } else {
                    survivors.add(m);
                }
            }
            equivalents.reasonByKey().keySet().stream().filter(k -> !keys.contains(k)).sorted()
                    .forEach(k -> stale.add(k + " (no such mutant)"));
            int scenarios = scenarioFiles.stream().mapToInt(List::size).sum();
            return new MutationReport(mutants.size(), killed, survivors, equivalent, notCompiling, killedBy, stale,
                    scenarios, (System.nanoTime() - started) / 1_000_000);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a mutant could not be run: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static final String NOT_COMPILING = new String("not compiling");

    /** The first scenario the mutant makes fail (its name and origin), null when none does. */
    private String verdict(Mutant m, Set<String> baselinePassing) {
        Knotwise engine;
        try {
            List<RuleFile> mutated = m.apply(files);
            engine = Knotwise.with(quick ? RuleBaseFromFiles.quick(mutated, kb, drafts)
                    : RuleBaseFromFiles.typeChecked(mutated, kb, drafts));
        } catch (RuleBaseException e) {
            return NOT_COMPILING;
        }
        ScenarioRunner runner = new ScenarioRunner(engine);
        for (List<Scenario> file : scenarioFiles) {
            List<ScenarioResult> results;
            try {
                results = runner.run(file);
            } catch (RuntimeException e) {
                // an answer so broken that checking it fails (e.g. a plan with no method) is noticed too
                return "checking " + file.get(0).origin().replaceFirst(":\\d+$", "") + " failed: " + e;
            }
            for (ScenarioResult r : results) {
                if (!r.passed() && baselinePassing.contains(r.scenario().origin())) {
                    return r.scenario().name() + " (" + r.scenario().origin() + ")";
                }
            }
        }
        return null;
    }

    private Set<String> passing(RuleBase original) {
        Set<String> passing = new HashSet<>();
        ScenarioRunner runner = new ScenarioRunner(Knotwise.with(original));
        for (List<Scenario> file : scenarioFiles) {
            for (ScenarioResult r : runner.run(file)) {
                if (r.passed()) {
                    passing.add(r.scenario().origin());
                }
            }
        }
        return passing;
    }
}
