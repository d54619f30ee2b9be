package org.knotwise.cli.rules;

import org.knotwise.cli.ExitCodes;
import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.impact.Impact;
import org.knotwise.workbench.impact.ImpactHtml;
import org.knotwise.workbench.impact.ImpactRunner;
import org.knotwise.workbench.impact.ImpactText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** {@code knotwise rules impact --rules NEW [--against OLD|built-in] CASES.jsonl}: what a rule change does to real cases. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Show what a rule change does to a file of cases.",
                "It runs the cases under the new rules and the old ones, in one process, and reports which answers changed and how: selfCare, urgency, the top site, codes added or removed;",
                "counts per kind of change and, for each kind, the first cases with the rules that fired",
                "differently. Run it before a rule change ships, on a real batch or a feedback export."})
final class ImpactCommand implements Callable<Integer> {
    static final String BUILT_IN = "built-in";

    enum Format { text, html }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CASES.jsonl|-", description = "The cases, one JSON object a line; - reads standard input.")
    String cases;

    @Option(names = "--rules", paramLabel = "NEW", required = true, description = "The changed rules folder.")
    Path rules;

    @Option(names = "--against", paramLabel = "OLD|built-in", defaultValue = BUILT_IN,
            description = "The rules to compare with: a folder, or built-in (default).")
    String against;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-", defaultValue = "-",
            description = "Where to write the report (default: standard output).")
    String output;

    @Option(names = "--format", paramLabel = "text|html",
            description = "text or html (default: html when --output ends in .html, else text).")
    Format format;

    @Option(names = "--drafts", description = {"Also run the NEW rules marked @status(\"draft\") (the OLD rules never run theirs):",
            "with --against the same folder, the report shows what promoting the drafts would change."})
    boolean drafts;

    @Option(names = "--threads", paramLabel = "N",
            description = "Cases compared at once (default: the number of processors, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        requireFolder(rules, "--rules");
        Path old = BUILT_IN.equals(against) ? null : Path.of(against);
        if (old != null) {
            requireFolder(old, "--against");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
        // Both rule bases compile at once: each takes seconds, and there is a processor for each.
        CompletableFuture<Knotwise> oldEngine = CompletableFuture.supplyAsync(
                () -> old == null ? Knotwise.builtIn() : Knotwise.withRules(old));
        Knotwise newEngine = Knotwise.withRules(rules, drafts);
        Knotwise oldRules;
        try {
            oldRules = oldEngine.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        Impact impact;
        try (InputStream in = open(cases)) {
            impact = new ImpactRunner(oldRules, newEngine, threads).run(in);
        }
        String oldName = old == null ? BUILT_IN : old.toString();
        String newName = rules + (drafts ? " with its drafts" : "");
        Format f = format != null ? format : output.endsWith(".html") ? Format.html : Format.text;
        String page = f == Format.html ? ImpactHtml.render(impact, oldName, newName)
                : ImpactText.render(impact, oldName, newName);
        if ("-".equals(output)) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(page);
            out.flush();
        } else {
            writeThenRename(Path.of(output), page);
            spec.commandLine().getErr().println("knotwise: wrote " + output + ": " + impact.cases() + " case(s), "
                    + impact.changed() + " changed");
        }
        return ExitCodes.OK;
    }

    private static void requireFolder(Path p, String option) {
        if (!Files.isDirectory(p)) {
            throw new IllegalArgumentException(option + " " + p + ": no such folder");
        }
    }

    private static InputStream open(String name) throws IOException {
        if ("-".equals(name)) {
            return System.in;
        }
        try {
            return Files.newInputStream(Path.of(name));
        } catch (NoSuchFileException e) {
            throw new IOException("cannot read " + name + ": no such file");
        }
    }

    /** The report appears whole or not at all. */
    private static void writeThenRename(Path target, String text) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            Files.writeString(target, text, StandardCharsets.UTF_8); // a device or pipe: renaming would replace it
            return;
        }
        Path tmp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
