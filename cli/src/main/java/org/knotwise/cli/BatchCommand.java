package org.knotwise.cli;

import org.knotwise.engine.batch.BatchProcessor;
import org.knotwise.engine.batch.BatchSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

/** {@code knotwise batch INPUT|- --output OUT|-}: JSON Lines in, one JSON line out per input line. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Assess a file of cases: JSON Lines (or one JSON array) in, JSON Lines out,",
                "one output line per input line, in order, with errors inline (contract §5).",
                "Exits 1 when any case had an error."})
final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT|-", description = "Cases, one JSON object a line; - reads standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT|-", defaultValue = "-",
            description = "Where to write the results (default: standard output). A file appears only when complete.")
    String output;

    @Option(names = "--max-line-bytes", paramLabel = "N", defaultValue = "" + BatchProcessor.DEFAULT_MAX_LINE_BYTES,
            description = "Longest input line accepted (default: ${DEFAULT-VALUE}); longer ones get a TOO_LARGE error.")
    int maxLineBytes;

    @Mixin
    RulesOption rules;

    @Override
    public Integer call() throws IOException {
        var engine = rules.engine();
        BatchProcessor batch = new BatchProcessor(engine, maxLineBytes);
        BatchSummary summary;
        try (InputStream in = Io.open(input)) {
            if ("-".equals(output)) {
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
                summary = batch.run(in, out);
            } else {
                summary = writeThenRename(Path.of(output), out -> batch.run(in, out));
            }
        }
        System.err.printf("knotwise: %d line(s), %d assessed, %d error(s)%n",
                summary.lines(), summary.assessed(), summary.errors());
        return summary.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
    }

    interface BatchBody {
        BatchSummary run(Writer out) throws IOException;
    }

    /** Writes to a temporary file beside the target and renames it, so a partial file never looks complete. */
    static BatchSummary writeThenRename(Path target, BatchBody body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".partial");
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        try {
            BatchSummary summary;
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                summary = body.run(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return summary;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
