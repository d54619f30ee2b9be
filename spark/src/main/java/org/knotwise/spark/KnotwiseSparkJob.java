package org.knotwise.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.knotwise.engine.Explain;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.kb.Problem;
import org.knotwise.kb.KnowledgeBaseException;
import org.knotwise.workbench.report.CaseFacts;
import org.knotwise.workbench.report.OutputFacts;
import org.knotwise.workbench.report.ReportHtml;
import org.knotwise.workbench.report.ReportMarkdown;
import org.knotwise.workbench.report.Summary;
import scala.Tuple2;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * {@code knotwise batch} as a Spark job: JSON Lines in from any path Spark reads, one output line
 * per input line in input order (error lines inline, byte for byte as the batch writes them), and
 * the summary report beside them.
 *
 * <ol>
 * <li>The input is read as raw bytes per line (split at LF only, as the batch does) and numbered
 *     with {@code zipWithIndex}; the partitions keep the file's order, so the output needs no sort.</li>
 * <li>Each partition is assessed by the batch's own {@link CaseLineProcessor}, with one engine per
 *     executor JVM ({@link EngineHolder}); the results are kept on the executors' disks (compressed
 *     unless {@code spark.rdd.compress} says otherwise) for the next passes.</li>
 * <li>DUPLICATE_ID needs the ids of all earlier lines: a second, small pass groups the ids claimed
 *     by assessed cases and finds every line whose id an earlier line claimed (the first use wins,
 *     as in the batch). Only those line numbers go back to the executors.</li>
 * <li>The lines are written ({@code OUT/part-*}, in order), and each partition's summary is summed
 *     on the driver into {@code OUT/_report.html} and {@code OUT/_report.md}.</li>
 * </ol>
 */
public final class KnotwiseSparkJob {
    static final String REPORT_HTML = "_report.html";
    static final String REPORT_MD = "_report.md";
    /**
     * The input per partition by default. An output line is about 30 times its input line (the
     * explanation), and a partition's results are kept between passes: 4 MiB of cases make about
     * 120 MiB of output per task, which an executor can hold or spill without running out of heap
     * (a 30 MiB split ran a 2 GiB local[2] driver out of memory).
     */
    private static final long DEFAULT_SPLIT_BYTES = 4L * 1024 * 1024;
    /** The smallest input split: below this, parts cost more in scheduling than they save. */
    private static final long MIN_SPLIT_BYTES = 64 * 1024;

    /** How a run went. */
    public record Result(long lines, long assessed, long errors) {
        public int exitCode() {
            return errors > 0 ? 1 : 0;
        }
    }

    private KnotwiseSparkJob() {
    }

    public static void main(String[] args) {
        System.exit(mainCode(args, System.err));
    }

    static int mainCode(String[] args, PrintStream err) {
        try {
            JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("knotwise-spark: " + e.getMessage());
            err.print(JobOptions.USAGE);
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("knotwise");
        if (System.getProperty("spark.rdd.compress") == null) {
            builder.config("spark.rdd.compress", "true"); // the kept results are JSON: LZ4 makes them a tenth
        }
        SparkSession spark = builder.getOrCreate();
        try {
            return runMain(spark, args, err);
        } finally {
            spark.stop();
        }
    }

    /** The command line in a session: one clear message on {@code err} and the CLI's exit codes. */
    static int runMain(SparkSession spark, String[] args, PrintStream err) {
        try {
            return run(spark, JobOptions.parse(args), err).exitCode();
        } catch (RuleBaseException e) {
            err.println("knotwise-spark: the rules did not load, nothing was assessed:");
            e.problems().stream().filter(Problem::isError).forEach(p -> err.println("  " + p));
            return 1;
        } catch (KnowledgeBaseException e) {
            err.println("knotwise-spark: the knowledge base did not load, nothing was assessed:");
            e.problems().forEach(p -> err.println("  " + p));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("knotwise-spark: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            err.println("knotwise-spark: " + e.getMessage());
            return 3;
        }
    }

    /**
     * Runs the job in a session. A rules folder that fails the gate, or an OUT that exists, throws
     * before anything is written.
     */
    public static Result run(SparkSession spark, JobOptions options, PrintStream err) throws IOException {
        long started = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        RuleSnapshot rules = options.rules() == null ? null : RuleSnapshot.read(options.rules(), conf);
        boolean drafts = options.drafts();
        if (rules != null) {
            // The gate, on the driver, before any output: throws when the folder does not pass.
            EngineHolder.engine(rules, drafts);
        }
        Path out = new Path(options.output());
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) {
            throw new IOException("cannot write " + out + ": it already exists");
        }
        Path in = new Path(options.input());
        long inputBytes = inputBytes(in, conf);

        Configuration read = new Configuration(conf);
        read.set("textinputformat.record.delimiter", "\n"); // LF only, as the batch: a lone CR stays in its line
        int parts = options.partitions() > 0 ? options.partitions()
                : (int) Math.max(jsc.defaultParallelism(), (inputBytes + DEFAULT_SPLIT_BYTES - 1) / DEFAULT_SPLIT_BYTES);
        read.setLong(FileInputFormat.SPLIT_MAXSIZE, Math.max(MIN_SPLIT_BYTES, (inputBytes + parts - 1) / parts));

        int maxLineBytes = options.maxLineBytes();
        Explain explain = options.explain();
        JavaRDD<LineResult> results = jsc.newAPIHadoopFile(in.toString(), TextInputFormat.class, LongWritable.class,
                        Text.class, read)
                .map(t -> Arrays.copyOf(t._2().getBytes(), t._2().getLength())) // Hadoop reuses its Text
                .zipWithIndex()
                .mapPartitions(lines -> assess(lines, rules, drafts, maxLineBytes, explain), true)
                // On disk, not in memory: the output is 30 times the input, and the engine's sessions
                // need the heap that Spark's memory accounting does not see (memory-first caching
                // ran local[2] out of heap on 200,000 cases).
                .persist(StorageLevel.DISK_ONLY());
        try {
            Broadcast<long[]> duplicates = jsc.broadcast(duplicateLines(results));
            JavaRDD<LineResult> finished = results.map(r ->
                    r.claimedId != null && Arrays.binarySearch(duplicates.value(), r.line) >= 0
                            ? r.asDuplicate(EngineHolder.engine(rules, drafts).ruleBase().identity()) : r);
            finished.map(r -> r.json).saveAsTextFile(out.toString());
            Summary summary = new Summary(true);
            for (Summary part : finished.mapPartitions(KnotwiseSparkJob::summarise).collect()) {
                summary.merge(part);
            }
            String title = "Knotwise batch summary: " + in.getName();
            write(outFs, new Path(out, REPORT_HTML), ReportHtml.render(summary, title));
            write(outFs, new Path(out, REPORT_MD), ReportMarkdown.render(summary, title));
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("knotwise-spark: %d line(s), %d assessed, %d error(s) in %.1f s; wrote %s (part-* in input order, %s, %s)%n",
                    summary.lines(), summary.assessed(), summary.errorLines(), seconds, out, REPORT_HTML, REPORT_MD);
            return new Result(summary.lines(), summary.assessed(), summary.errorLines());
        } finally {
            results.unpersist(false);
        }
    }

    /** A partition's lines, assessed one at a time as the iterator is read (never all held). */
    private static Iterator<LineResult> assess(Iterator<Tuple2<byte[], Long>> lines, RuleSnapshot rules, boolean drafts,
                                               int maxLineBytes, Explain explain) {
        CaseLineProcessor processor = new CaseLineProcessor(EngineHolder.engine(rules, drafts), explain);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public LineResult next() {
                Tuple2<byte[], Long> line = lines.next();
                InputLine input = LineDecoder.decode(line._1(), line._2() + 1, maxLineBytes);
                return LineResult.of(processor.process(input), CaseFacts.of(input.text()));
            }
        };
    }

    /**
     * The lines whose id an earlier assessed line already claimed, sorted. Only ids are shuffled
     * (not the output lines), and only the few duplicate line numbers come back to the driver.
     */
    static long[] duplicateLines(JavaRDD<LineResult> results) {
        List<Long> lines = results.filter(r -> r.claimedId != null)
                .mapToPair(r -> new Tuple2<>(r.claimedId, r.line))
                .groupByKey()
                .flatMap(id -> {
                    List<Long> all = new ArrayList<>();
                    id._2().forEach(all::add);
                    all.sort(null);
                    return all.subList(1, all.size()).iterator(); // the first use wins
                })
                .collect();
        return lines.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static Iterator<Summary> summarise(Iterator<LineResult> results) throws IOException {
        Summary s = new Summary(true);
        while (results.hasNext()) {
            LineResult r = results.next();
            s.add(r.line, OutputFacts.parse(r.json), r.input);
        }
        return List.of(s).iterator();
    }

    private static long inputBytes(Path in, Configuration conf) throws IOException {
        FileSystem fs = in.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(in);
        if (matches == null || matches.length == 0) {
            throw new IOException("cannot read " + in + ": no such file");
        }
        long total = 0;
        for (FileStatus s : matches) {
            total += s.isDirectory() ? fs.getContentSummary(s.getPath()).getLength() : s.getLen();
        }
        return total;
    }

    private static void write(FileSystem fs, Path file, String text) throws IOException {
        try (FSDataOutputStream o = fs.create(file, false)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
