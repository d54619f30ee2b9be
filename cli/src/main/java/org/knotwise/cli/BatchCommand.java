package org.knotwise.cli;

import org.knotwise.engine.Explain;
import org.knotwise.engine.batch.BatchOptions;
import org.knotwise.engine.batch.BatchProcessor;
import org.knotwise.engine.batch.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@code knotwise batch INPUT|- --output OUT|-}: JSON Lines in, one JSON line out per input line. */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Assess a file of cases, one JSON line out for each.",
                "JSON Lines (or one JSON array) in, JSON Lines out,",
                "one output line per input line, in order, with errors inline (contract §5).",
                "Exits 1 when any case had an error, 3 when a file could not be read or written.",
                "Interrupted (Ctrl-C), it keeps the whole lines written so far: in OUT.partial",
                "with --output (OUT itself is left as it was), or on standard output."})
final class BatchCommand implements Callable<Integer> {
    /** The exit code of a run stopped by Ctrl-C, as shells report a process ended by SIGINT. */
    static final int INTERRUPTED = 130;
    /** How long an interrupted run may take to write its last whole lines before the process ends anyway. */
    private static final long STOP_GRACE_SECONDS = 10;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT|-", description = "Cases, one JSON object a line; - reads standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT|-", defaultValue = "-",
            description = "Where to write the results (default: standard output). A file appears only when complete.")
    String output;

    @Option(names = "--threads", paramLabel = "N",
            description = "Cases assessed at once (default: the number of processors, here ${DEFAULT-VALUE}). "
                    + "The output is the same, byte for byte, whatever N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "" + BatchProcessor.DEFAULT_MAX_LINE_BYTES,
            description = "Longest input line accepted (default: ${DEFAULT-VALUE}); longer ones get a TOO_LARGE error.")
    int maxLineBytes;

    @Option(names = "--explain", paramLabel = "none|ids|full", defaultValue = "full",
            description = "How much explanation each line carries: full (default, the contract's), ids (the fired "
                    + "rules' ids only) or none (no explanation field; the leanest and fastest).")
    String explain;

    @Mixin
    RulesOption rules;

    @Mixin
    DraftsOption drafts;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("--max-line-bytes must be at least 1, not " + maxLineBytes);
        }
        refuseOutputOverInput();
        Explain level = Explain.parse(explain);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            // Ctrl-C: ask the writer to stop at a line boundary, and let it finish before the JVM ends.
            stop.set(true);
            try {
                finished.await(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "knotwise-batch-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        PrintWriter err = spec.commandLine().getErr();
        BatchProgress progress = new BatchProgress();
        try (CountingInputStream in = new CountingInputStream(Io.open(input, spec, "a .jsonl file"))) {
            BatchSummary summary;
            try {
                // The rules load only once the input and the output are open: a bad path fails at once.
                summary = "-".equals(output)
                        ? processor(in, progress, level).run(in, spec.commandLine().getOut(), progress, stop)
                        : writeThenRename(Path.of(output), out -> processor(in, progress, level).run(in, out, progress, stop));
            } finally {
                progress.hide(err);
            }
            err.println(progress.summary(summary.lines(), summary.assessed(), summary.errors()));
            if (progress.hint() != null) {
                err.println(progress.hint());
            }
            if (summary.stopped()) {
                err.println("knotwise: interrupted; the " + summary.lines() + " whole line(s) written so far are "
                        + ("-".equals(output) ? "on standard output" : "in " + OutputFiles.partial(Path.of(output))));
                return INTERRUPTED;
            }
            return summary.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it has what it waited for
            }
        }
    }

    /** The results must never replace the cases they answer. */
    private void refuseOutputOverInput() throws IOException {
        if ("-".equals(input) || "-".equals(output)) {
            return;
        }
        Path in = Path.of(input);
        Path out = Path.of(output);
        if (Files.exists(in) && Files.exists(out) && Files.isSameFile(in, out)) {
            throw new IllegalArgumentException("--output " + output + " is the input file: the results would replace"
                    + " the cases; write them to another file");
        }
    }

    /** Loads the rules, then starts the clock (and the bar, on a terminal): cases/s counts the batch alone. */
    private BatchProcessor processor(CountingInputStream in, BatchProgress progress, Explain level) {
        BatchProcessor batch = new BatchProcessor(language.apply(rules.engine(drafts)), BatchOptions.withThreads(threads).maxLineBytes(maxLineBytes),
                level);
        progress.start();
        if (System.console() != null) {
            progress.showOn(spec.commandLine().getErr(), in::count, inputSize());
        }
        return batch;
    }

    private long inputSize() {
        try {
            Path p = Path.of(input);
            return !"-".equals(input) && Files.isRegularFile(p) ? Files.size(p) : -1;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    interface BatchBody {
        BatchSummary run(Writer out) throws IOException;
    }

    /**
     * Writes to a temporary file beside the target and renames it, so a partial file never looks
     * complete: a stopped batch leaves its whole lines in {@code OUT.partial}, a failed one nothing.
     */
    static BatchSummary writeThenRename(Path target, BatchBody body) throws IOException {
        return OutputFiles.writeThenRename(target, body::run, summary -> !summary.stopped());
    }
}
