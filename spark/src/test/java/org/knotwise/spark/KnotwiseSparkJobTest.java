package org.knotwise.spark;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.Explain;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.BatchOptions;
import org.knotwise.engine.batch.BatchProcessor;
import org.knotwise.engine.batch.BatchSummary;
import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.workbench.generate.CaseGenerator;
import org.knotwise.workbench.report.ReportMarkdown;
import org.knotwise.workbench.report.Summary;
import org.knotwise.workbench.report.SummaryReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Spark job in local[2] against the batch itself: the same bytes, line for line, for 2,000
 * generated cases with 5% bad lines (and a few lines that only a byte-level reader gets right),
 * split into several partitions so duplicate ids cross partition boundaries.
 */
class KnotwiseSparkJobTest {
    static SparkSession spark;
    @TempDir
    static Path dir;
    static Path cases;

    @BeforeAll
    static void startSparkAndWriteCases() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("knotwise-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        cases = dir.resolve("cases.jsonl");
        CaseGenerator generator = new CaseGenerator(2024, 0.05);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark before line 1
        for (int i = 1; i <= 2000; i++) {
            String line = generator.nextLine();
            if (i == 500) {
                bytes.write(new byte[]{'{', '"', (byte) 0xC3, '"', '}', '\n'}); // not UTF-8
            } else if (i == 900) {
                bytes.write('\n'); // blank
            } else if (i == 1200) {
                bytes.write(("{\"id\":\"cr\r\",\"complaint\":{\"regions\":[\"calf\"]}}\n").getBytes(StandardCharsets.UTF_8)); // a lone CR inside
            }
            bytes.write(line.getBytes(StandardCharsets.UTF_8));
            bytes.write(i % 300 == 0 ? "\r\n".getBytes(StandardCharsets.UTF_8) : "\n".getBytes(StandardCharsets.UTF_8));
        }
        bytes.write("{\"id\":\"gen-1\",\"complaint\":{\"regions\":[\"calf\"]}}".getBytes(StandardCharsets.UTF_8)); // a duplicate, no final LF
        Files.write(cases, bytes.toByteArray());
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theBuiltInRulesWriteWhatTheBatchWritesAndItsSummary() throws Exception {
        String expected = builtInBatch();
        Path out = dir.resolve("out-built-in");
        KnotwiseSparkJob.Result r = KnotwiseSparkJob.run(spark, JobOptions.of(cases.toString(), out.toString())
                .withPartitions(5), quiet());

        assertThat(partFiles(out)).as("several partitions, in order").hasSizeGreaterThanOrEqualTo(5);
        String written = concatenated(out);
        assertThat(written.lines().count()).isEqualTo(2004);
        assertThat(written).isEqualTo(expected);
        assertThat(written).contains("\"line\":2004,\"error\":{\"code\":\"DUPLICATE_ID\"");
        assertThat(r.lines()).isEqualTo(2004);
        assertThat(r.exitCode()).isEqualTo(1);

        Summary fromBatch;
        try (InputStream o = stream(expected); InputStream i = Files.newInputStream(cases)) {
            fromBatch = SummaryReader.read(o, i);
        }
        assertThat(r.errors()).isEqualTo(fromBatch.errorLines()).isGreaterThan(50);
        assertThat(Files.readString(out.resolve(KnotwiseSparkJob.REPORT_MD)))
                .as("the partitions' summaries add up to the summary of the whole output")
                .isEqualTo(ReportMarkdown.render(fromBatch, "Knotwise batch summary: cases.jsonl"));
        assertThat(Files.readString(out.resolve(KnotwiseSparkJob.REPORT_HTML))).contains("id=\"chart-by-severity\"");
    }

    @Test
    void aCustomRulesFolderIsUsedOnTheExecutors() throws Exception {
        Path rules = initRules(dir.resolve("custom/my-rules"));
        Path drl = rules.resolve("how-hard.drl");
        String text = Files.readString(drl);
        assertThat(text).contains("intensity > 7");
        Files.writeString(drl, text.replace("intensity > 7", "intensity > 5"));
        // the folder's own gate, which the edit passes (the built-in golden set pins the old threshold)
        write(rules.resolve("scenarios/gate.jsonl"), "{\"case\": {\"id\": \"six\", \"complaint\": {\"regions\": [\"calf\"]}, "
                + "\"history\": {\"intensity\": 6}}, \"expect\": {\"adjustments\": [\"REDUCE_INTENSITY\"]}}\n");

        String expected = batch(Knotwise.withRules(rules));
        assertThat(expected).as("the edit changes some answers").isNotEqualTo(builtInBatch());
        Path out = dir.resolve("out-custom");
        KnotwiseSparkJob.run(spark, JobOptions.of(cases.toString(), out.toString()).withPartitions(3)
                .withRules(rules.toString()), quiet());
        assertThat(concatenated(out)).isEqualTo(expected);
    }

    @Test
    void draftRulesRunOnlyWithDrafts() throws Exception {
        Path rules = initRules(dir.resolve("drafts/my-rules"));
        write(rules.resolve("zz-draft.drl"), """
                package org.knotwise.rules;
                import org.knotwise.engine.facts.*;

                rule "A tip still in draft"
                    @id("draft.tip") @source("§ test") @because("a rule under review") @status("draft")
                    ruleflow-group "plan"
                when
                    Plan()
                then
                    insert(new Tip("A tip still in draft."));
                end
                """);
        String withDrafts = batch(Knotwise.withRules(rules, true));
        assertThat(withDrafts).contains("A tip still in draft.", "\"drafts\":true");

        Path on = dir.resolve("out-drafts-on");
        KnotwiseSparkJob.run(spark, JobOptions.parse(cases.toString(), on.toString(), "--rules", rules.toString(), "--drafts")
                .withPartitions(3), quiet());
        Path off = dir.resolve("out-drafts-off");
        KnotwiseSparkJob.run(spark, JobOptions.of(cases.toString(), off.toString()).withRules(rules.toString())
                .withPartitions(3), quiet());

        assertThat(concatenated(on)).isEqualTo(withDrafts);
        assertThat(concatenated(off)).isEqualTo(batch(Knotwise.withRules(rules))).doesNotContain("A tip still in draft.");
    }

    @Test
    void leanOutputIsWhatTheBatchWritesAtTheSameExplainLevel() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(cases);
             Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new BatchProcessor(Knotwise.builtIn(), BatchOptions.withThreads(2), Explain.NONE).run(in, w);
        }
        String expected = bytes.toString(StandardCharsets.UTF_8);
        Path out = dir.resolve("out-lean");
        KnotwiseSparkJob.run(spark, JobOptions.parse(cases.toString(), out.toString(), "--explain", "none")
                .withPartitions(3), quiet());

        assertThat(concatenated(out)).isEqualTo(expected).doesNotContain("\"explanation\"");
    }

    @Test
    void aRulesFolderThatFailsTheGateStopsTheJobBeforeAnyOutput() throws Exception {
        Path rules = initRules(dir.resolve("broken/my-rules"));
        Files.writeString(rules.resolve("zz-broken.drl"), """
                package org.knotwise.rules;
                rule "half a rule"
                when
                    NoSuchFact(
                then
                end
                """);
        Path out = dir.resolve("out-broken");
        assertThatThrownBy(() -> KnotwiseSparkJob.run(spark, JobOptions.of(cases.toString(), out.toString())
                .withRules(rules.toString()), quiet()))
                .isInstanceOf(RuleBaseException.class);
        assertThat(out).doesNotExist();

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Through main's code path too: the problem is named, the exit code is the CLI's 1, OUT never appears.
        int code = KnotwiseSparkJob.runMain(spark, new String[]{cases.toString(), out.toString(), "--rules", rules.toString()},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the rules did not load").contains("zz-broken.drl");
        assertThat(out).doesNotExist();
    }

    @Test
    void anExistingOutputIsNeverOverwritten() throws Exception {
        Path out = Files.createDirectories(dir.resolve("exists"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        assertThatThrownBy(() -> KnotwiseSparkJob.run(spark, JobOptions.of(cases.toString(), out.toString()), quiet()))
                .isInstanceOf(IOException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("mine");
    }

    private static String builtInOutput;

    static synchronized String builtInBatch() throws IOException {
        if (builtInOutput == null) {
            builtInOutput = batch(Knotwise.builtIn());
        }
        return builtInOutput;
    }

    static String batch(Knotwise engine) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(cases);
             Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            BatchSummary s = new BatchProcessor(engine, BatchOptions.withThreads(2)).run(in, w);
            assertThat(s.lines()).isEqualTo(2004);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A rules folder as `knotwise rules init` writes it: the built-in rule files and kb/*.csv. */
    static Path initRules(Path folder) throws IOException {
        for (RuleFile f : BuiltInRules.files()) {
            write(folder.resolve(f.name()), f.text());
        }
        for (String csv : KnowledgeBase.FILES) {
            try (InputStream in = KnotwiseSparkJobTest.class.getClassLoader().getResourceAsStream(KnowledgeBase.CLASSPATH_DIR + csv)) {
                write(folder.resolve("kb").resolve(csv), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return folder;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    static List<Path> partFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    static String concatenated(Path out) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path p : partFiles(out)) {
            b.append(Files.readString(p, StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
