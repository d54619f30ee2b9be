package org.knotwise.cli;

import org.knotwise.workbench.generate.CaseGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code knotwise generate --count N --seed S}: realistic cases as JSON Lines, for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write generated cases, for tests and benchmarks.",
                "JSON Lines of realistic, valid cases across the whole",
                "vocabulary, with a chosen share of bad lines. The same seed gives the same file."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--count"}, paramLabel = "N", required = true, description = "How many lines to write.")
    long count;

    @Option(names = {"-s", "--seed"}, paramLabel = "S", defaultValue = "1",
            description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bad-share", paramLabel = "F", defaultValue = "0",
            description = "Share of lines, 0 to 1, that break the contract in one of its error codes (default: ${DEFAULT-VALUE}).")
    double badShare;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT|-", defaultValue = "-",
            description = "Where to write the cases (default: standard output). A file appears only when complete.")
    String output;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("--count must be 0 or more, not " + count);
        }
        CaseGenerator generator = new CaseGenerator(seed, badShare);
        if ("-".equals(output)) {
            Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
            write(generator, out);
            out.flush();
        } else {
            OutputFiles.writeThenRename(Path.of(output), out -> {
                Writer buffered = new BufferedWriter(out, 1 << 16);
                write(generator, buffered);
                buffered.flush();
                return Boolean.TRUE;
            }, done -> done);
            // stdout stays free for results; a file written says so, as report does
            spec.commandLine().getErr().println("knotwise: wrote " + String.format(Locale.ROOT, "%,d", count) + " cases to "
                    + output + (badShare > 0 ? String.format(Locale.ROOT, " (--bad-share %s: about %,d of them break the contract)",
                    badShare, Math.round(count * badShare)) : ""));
        }
        return ExitCodes.OK;
    }

    private void write(CaseGenerator generator, Writer out) throws IOException {
        for (long i = 0; i < count; i++) {
            out.write(generator.nextLine());
            out.write('\n');
        }
    }
}
