package org.knotwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.workbench.consult.AnswersFromCase;
import org.knotwise.workbench.consult.ConsultState;
import org.knotwise.workbench.consult.Consultant;
import org.knotwise.workbench.consult.QuestionBook;
import org.knotwise.workbench.consult.Reading;
import org.knotwise.workbench.consult.Step;
import org.knotwise.workbench.generate.CaseGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The consultation measured on generated cases (a main, not a test): questions asked against the fields the
 * full case has (mean, p95, and their ratio), what the questions are spent on (per case, by question; a
 * checklist is one question), whether every consultation ended with the full case's assessment, one
 * assessment's time and one step's time (p50, p99) on a warmed engine.
 * {@code java -cp bench/target/benchmarks.jar org.knotwise.bench.ConsultBenchmark [cases] [seed]}
 */
public final class ConsultBenchmark {
    private ConsultBenchmark() {
    }

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_251_111L;
        Knotwise engine = Knotwise.builtIn();
        Consultant consultant = new Consultant(engine, QuestionBook.load(null, engine.ruleBase().rules()));

        CaseGenerator warm = new CaseGenerator(7);
        for (int i = 0; i < 5000; i++) {
            engine.assess(warm.nextCase());
        }
        long[] assess = new long[5000];
        CaseGenerator timed = new CaseGenerator(8);
        for (int i = 0; i < assess.length; i++) {
            var c = timed.nextCase();
            long t0 = System.nanoTime();
            engine.assess(c);
            assess[i] = System.nanoTime() - t0;
        }
        for (int i = 0; i < 200; i++) { // warm the consultation's own code
            new AnswersFromCase(warm.nextCaseNode()).consult(consultant);
        }

        CaseGenerator generator = new CaseGenerator(seed);
        int[] asked = new int[cases];
        int[] fields = new int[cases];
        double[] ratio = new double[cases];
        List<Long> steps = new ArrayList<>();
        java.util.Map<String, Integer> spentOn = new java.util.TreeMap<>();
        int mismatches = 0;
        int redFlagged = 0;
        long started = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            JsonNode full = generator.nextCaseNode();
            AnswersFromCase answers = new AnswersFromCase(full);
            ConsultState state = ConsultState.start();
            int n = 0;
            while (true) {
                long t0 = System.nanoTime();
                Step step = consultant.next(state);
                steps.add(System.nanoTime() - t0);
                if (step.done()) {
                    Assessment expected = engine.assess(KnotwiseJson.readCase(answers.recordable()));
                    if (step.redFlag()) {
                        redFlagged++;
                    } else if (!Reading.of(expected).equals(Reading.of(step.assessment()))) {
                        mismatches++;
                    }
                    break;
                }
                spentOn.merge(step.question().field().template(), 1, Integer::sum);
                state = state.answer(step.question(), answers.answer(step.question(), state));
                n++;
            }
            asked[i] = n;
            fields[i] = FieldCount.of(full);
            ratio[i] = (double) n / fields[i];
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] stepTimes = steps.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("cases %d (seed %d), %.1f s, %d ended on a red flag, %d ended with another assessment than the full case's%n",
                cases, seed, seconds, redFlagged, mismatches);
        System.out.printf("questions asked: mean %.2f, p95 %d; fields in the full case: mean %.2f, p95 %d%n",
                mean(asked), percentile(asked, 95), mean(fields), percentile(fields, 95));
        double[] sortedRatio = ratio.clone();
        Arrays.sort(sortedRatio);
        System.out.printf("questions / fields per case: mean %.2f, p95 %.2f; mean questions / mean fields %.2f%n",
                Arrays.stream(ratio).average().orElse(0), sortedRatio[(int) Math.ceil(0.95 * cases) - 1], mean(asked) / mean(fields));
        System.out.println("questions per case, by question (a checklist is one):");
        spentOn.entrySet().stream().sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("  %-30s %.2f%n", e.getKey(), e.getValue() / (double) cases));
        System.out.printf("one assessment: mean %.3f ms, p99 %.3f ms; one step: mean %.2f ms, p50 %.2f ms, p99 %.2f ms (%d steps)%n",
                Arrays.stream(assess).average().orElse(0) / 1e6, percentile(assess, 99) / 1e6,
                Arrays.stream(stepTimes).average().orElse(0) / 1e6, percentile(stepTimes, 50) / 1e6,
                percentile(stepTimes, 99) / 1e6, stepTimes.length);
    }

    /** The fields a case gives, as the contract lists them: each present input once (a list once), spot by spot. */
    static final class FieldCount {
        private FieldCount() {
        }

        static int of(JsonNode c) {
            int n = 0;
            for (String group : List.of("complaint", "history", "person")) {
                for (JsonNode v : iterable(c.path(group))) {
                    n += present(v) ? 1 : 0;
                }
            }
            n += present(c.path("redFlags")) ? 1 : 0;
            for (JsonNode spot : c.path("spots")) {
                for (JsonNode v : iterable(spot)) {
                    n += present(v) ? 1 : 0;
                }
            }
            return n;
        }

        private static Iterable<JsonNode> iterable(JsonNode n) {
            return n::elements;
        }

        private static boolean present(JsonNode v) {
            return !v.isMissingNode() && !v.isNull() && !(v.isArray() && v.isEmpty());
        }
    }

    private static double mean(int[] xs) {
        return Arrays.stream(xs).average().orElse(0);
    }

    private static int percentile(int[] xs, int p) {
        int[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.max(0, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static long percentile(long[] xs, int p) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.max(0, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }
}
