package org.knotwise.cli.rules;

import org.knotwise.cli.ExitCodes;
import org.knotwise.cli.VersionProvider;
import org.knotwise.cli.render.CatalogueDiffHtml;
import org.knotwise.cli.render.CatalogueDiffText;
import org.knotwise.engine.rulebase.RuleReader;
import org.knotwise.workbench.catalogue.CatalogueDiff;
import org.knotwise.workbench.catalogue.CatalogueSnapshot;
import org.knotwise.workbench.catalogue.RuleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code knotwise rules diff --rules OLD --against NEW}: what changed between two rule bases, as a reviewer signs it off. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show what changed between two rule bases, side by side.",
                "Rules added, removed or changed (status, phase, conditions in words and each threshold as written,",
                "codes, the words people read, why and source), and knowledge-base rows (referrals, muscles,",
                "cautions, regions) changed, and the questions people are asked (words, reasons, answers).",
                "Either side is a rules folder, built-in, or a folder rules catalogue wrote (its catalogue.json).",
                "Nothing is compiled or run: rules impact shows what a change does to cases."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "OLD|built-in", defaultValue = ImpactCommand.BUILT_IN,
            description = "The rules before the change: a folder, a catalogue folder, or built-in (default).")
    String before;

    @Option(names = "--against", paramLabel = "NEW|built-in", required = true,
            description = "The rules after the change: a folder, a catalogue folder, or built-in.")
    String after;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Also write the differences to FILE: one self-contained page when it ends in .html, else text.")
    Path output;

    @Override
    public Integer call() throws IOException {
        CatalogueSnapshot old = snapshot(before, "--rules");
        CatalogueSnapshot now = snapshot(after, "--against");
        CatalogueDiff diff = CatalogueDiff.of(old, now);
        String text = CatalogueDiffText.render(diff);
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        if (output != null) {
            String body = output.getFileName().toString().endsWith(".html")
                    ? CatalogueDiffHtml.render(diff, "Knotwise rules diff") : text;
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(output, body, StandardCharsets.UTF_8);
            out.println("Wrote " + output);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private CatalogueSnapshot snapshot(String side, String option) {
        if (ImpactCommand.BUILT_IN.equals(side)) {
            return RuleSources.snapshot(null, "built-in rules");
        }
        Path folder = Path.of(side);
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(option + " " + side + ": no such folder (give a rules folder, a catalogue folder, or built-in)");
        }
        if (CatalogueSnapshot.isCatalogueFolder(folder)) {
            CatalogueSnapshot s = CatalogueSnapshot.read(folder);
            return new CatalogueSnapshot(folder + " (catalogue: " + s.title() + ")", s.rules(), s.data(), s.questions());
        }
        List<String> unparsed = RuleReader.unparsed(RuleSources.files(folder));
        if (!unparsed.isEmpty()) {
            spec.commandLine().getErr().println("knotwise: the diff leaves out the rules of " + String.join(", ", unparsed)
                    + " in " + folder + ": they do not parse (rules validate says where)");
        }
        return RuleSources.snapshot(folder, folder.toString());
    }
}
