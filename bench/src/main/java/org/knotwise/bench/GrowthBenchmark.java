package org.knotwise.bench;

import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * How the engine's cost grows with the number of rules, the referral rows in the map, and the spots
 * per case. The rules are the built-in DRL compiled at run time from a folder ({@code --rules DIR}),
 * plus generated extra rules that are evaluated on every case but never fire, and extra referral rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class GrowthBenchmark {
    /** Extra rules on top of the built-in ones. */
    @Param({"0", "100", "400"})
    public int extraRules;

    /** Extra referral rows per pain region on top of the map's. */
    @Param({"0"})
    public int extraReferralsPerRegion;

    /** Spots per case; 0 keeps the generated cases as they are (0 to 3 spots). */
    @Param({"0"})
    public int spotsPerCase;

    private Knotwise engine;
    private Case[] cases;

    @Setup
    public void setUp() throws IOException {
        Path folder = Files.createTempDirectory("knotwise-growth");
        for (RuleFile f : BuiltInRules.files()) {
            Files.writeString(folder.resolve(f.name()), f.text());
        }
        if (extraRules > 0) {
            Files.writeString(folder.resolve("zz-extra.drl"), extraRules(extraRules));
        }
        if (extraReferralsPerRegion > 0) {
            Path kb = Files.createDirectories(folder.resolve("kb"));
            for (String file : KnowledgeBase.FILES) {
                Files.writeString(kb.resolve(file), builtInCsv(file));
            }
            Files.writeString(kb.resolve(KnowledgeBase.REFERRALS_FILE),
                    builtInCsv(KnowledgeBase.REFERRALS_FILE) + extraReferrals(extraReferralsPerRegion, false));
            Files.writeString(kb.resolve(KnowledgeBase.MUSCLES_FILE),
                    builtInCsv(KnowledgeBase.MUSCLES_FILE) + extraReferrals(extraReferralsPerRegion, true));
        }
        engine = Knotwise.withRules(folder);
        cases = Workload.cases(42);
        if (spotsPerCase > 0) {
            cases = Workload.withSpots(cases, spotsPerCase, 7);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        Case next(Case[] cases) {
            return cases[next++ & (cases.length - 1)];
        }
    }

    @Benchmark
    public Assessment engine(Cursor cursor) {
        return engine.assess(cursor.next(cases));
    }

    /** Rules shaped like the built-in ones (a join of pain and spot, a test on the spot) that never fire. */
    static String extraRules(int n) {
        StringBuilder drl = new StringBuilder("package org.knotwise.rules.extra;\n\nimport org.knotwise.engine.facts.*;\n\n");
        String[] phases = {"finding", "referral", "ranking", "history"};
        List<String> regions = Vocabulary.REGIONS;
        for (int i = 0; i < n; i++) {
            drl.append("rule \"extra ").append(i).append("\"\n")
                    .append("    @id(\"extra.").append(i).append("\")\n")
                    .append("    @source(\"benchmark\")\n")
                    .append("    ruleflow-group \"").append(phases[i % phases.length]).append("\"\n")
                    .append("when\n")
                    .append("    $p : PainRegion(region == \"").append(regions.get(i % regions.size())).append("\")\n")
                    .append("    $s : PressedSpot(region == $p.region, tender == true, stepsTowardCentre > ").append(1000 + i).append(")\n")
                    .append("then\n")
                    .append("    insert(new Exclusion($s, \"NOT_TENDER\"));\n")
                    .append("end\n\n");
        }
        return drl.toString();
    }

    /** Made-up muscles in random regions, so each pain region has more rows to look through. */
    /** Synthetic map rows (or, with {@code muscleRows}, the muscles.csv rows naming their muscles). */
    static String extraReferrals(int perRegion, boolean muscleRows) {
        SplittableRandom random = new SplittableRandom(3);
        List<String> regions = Vocabulary.REGIONS;
        StringBuilder csv = new StringBuilder();
        for (String pain : regions) {
            for (int i = 0; i < perRegion; i++) {
                String muscle = "synthetic muscle " + pain + " " + i;
                String site = regions.get(random.nextInt(regions.size()));
                csv.append(muscleRows
                        ? muscle + "," + site + ",false,,https://example.org/benchmark\n"
                        : pain + "," + muscle + "," + site + ",benchmark\n");
            }
        }
        return csv.toString();
    }

    private static String builtInCsv(String file) {
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(KnowledgeBase.CLASSPATH_DIR + file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
