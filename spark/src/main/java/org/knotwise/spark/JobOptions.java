package org.knotwise.spark;

import org.knotwise.engine.Explain;
import org.knotwise.engine.batch.BatchOptions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's arguments: {@code IN OUT [--rules DIR] [--partitions N] [--max-line-bytes N] [--explain none|ids|full] [--drafts]}.
 *
 * @param rules      a rules folder on any path Hadoop reads, or null for the built-in rules
 * @param partitions how many parts to split the input into (0: one per 4 MiB of input, at least Spark's parallelism)
 * @param explain    how much of each assessment's explanation to write, as {@code knotwise batch --explain}
 * @param drafts     whether the rules marked {@code @status("draft")} run too, as {@code knotwise batch --drafts}
 */
public record JobOptions(String input, String output, String rules, int partitions, int maxLineBytes, Explain explain,
                         boolean drafts)
        implements Serializable {

    static final String USAGE = """
            usage: KnotwiseSparkJob IN OUT [--rules DIR] [--partitions N] [--max-line-bytes N] [--explain none|ids|full] [--drafts]
              IN    cases as JSON Lines, on any path Spark reads (file, hdfs://, s3a://...)
              OUT   a new folder: part-* files hold one output line per input line, in input order
                    (cat OUT/part-* is what `knotwise batch` writes), _report.html and _report.md sum it up
              --rules DIR         rule files (and kb/) to use instead of the built-in rules; a folder
                                  that fails the rules check stops the job before any output
              --partitions N      split the input into N parts (default: one per 4 MiB, at least Spark's parallelism)
              --max-line-bytes N  longest input line accepted (default: 1048576); longer: TOO_LARGE
              --explain LEVEL     none, ids or full (default): how much of the explanation to write, as batch
              --drafts            also run the rules marked @status("draft"), as batch --drafts
            """;

    public JobOptions {
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 or more, not " + partitions);
        }
        if (explain == null) {
            explain = Explain.FULL;
        }
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("--max-line-bytes must be at least 1, not " + maxLineBytes);
        }
    }

    public static JobOptions of(String input, String output) {
        return new JobOptions(input, output, null, 0, BatchOptions.DEFAULT_MAX_LINE_BYTES, Explain.FULL, false);
    }

    public JobOptions withRules(String folder) {
        return new JobOptions(input, output, folder, partitions, maxLineBytes, explain, drafts);
    }

    public JobOptions withPartitions(int n) {
        return new JobOptions(input, output, rules, n, maxLineBytes, explain, drafts);
    }

    public JobOptions withExplain(Explain level) {
        return new JobOptions(input, output, rules, partitions, maxLineBytes, level, drafts);
    }

    public JobOptions withDrafts(boolean on) {
        return new JobOptions(input, output, rules, partitions, maxLineBytes, explain, on);
    }

    public static JobOptions parse(String... args) {
        List<String> positional = new ArrayList<>();
        String rules = null;
        int partitions = 0;
        int maxLineBytes = BatchOptions.DEFAULT_MAX_LINE_BYTES;
        Explain explain = Explain.FULL;
        boolean drafts = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--rules" -> rules = value(args, ++i, a);
                case "--partitions" -> partitions = number(value(args, ++i, a), a);
                case "--max-line-bytes" -> maxLineBytes = number(value(args, ++i, a), a);
                case "--explain" -> explain = Explain.parse(value(args, ++i, a));
                case "--drafts" -> drafts = true;
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() != 2) {
            throw new IllegalArgumentException("expected IN and OUT, got " + positional.size() + " argument(s)");
        }
        return new JobOptions(positional.get(0), positional.get(1), rules, partitions, maxLineBytes, explain, drafts);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + s + "'");
        }
    }
}
