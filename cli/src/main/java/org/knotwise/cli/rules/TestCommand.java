package org.knotwise.cli.rules;

import org.knotwise.cli.ExitCodes;
import org.knotwise.cli.render.CoverageText;
import org.knotwise.cli.render.CoverageHtml;
import org.knotwise.cli.VersionProvider;
import org.knotwise.cli.RulesOption;
import org.knotwise.cli.DraftsOption;
import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.catalogue.RuleSources;
import org.knotwise.workbench.scenario.Coverage;
import org.knotwise.workbench.scenario.CoverageAnalyzer;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;
import org.knotwise.workbench.scenario.ScenarioResult;
import org.knotwise.workbench.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code knotwise rules test FILE|DIR...}: run scenario files and report every expectation missed. */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run scenario files and report what was expected and what came out.",
                "Scenario files: .jsonl, one {\"case\":…,\"expect\":…} a line; .yaml/.yml, a list of them.",
                "Prints each failure as expected vs got, then 'N passed, N failed'.",
                "Each file runs as one batch, in order: a case id may appear once per file.",
                "Exit code 1 when any scenario failed."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Scenario files, or folders holding them (.jsonl, .yaml, .yml).")
    List<Path> paths;

    @Mixin
    RulesOption rules;

    @Mixin
    DraftsOption drafts;

    @Option(names = "--coverage", description = "Also report the rules no scenario fired, the codes no scenario"
            + " expected and the regions no scenario touched.")
    boolean coverage;

    @Option(names = "--coverage-html", paramLabel = "FILE", description = "Write the coverage report as an HTML page too.")
    Path coverageHtml;

    @Override
    public Integer call() throws IOException {
        List<List<Scenario>> files = new ArrayList<>();
        for (Path file : ScenarioFiles.expand(paths)) {
            files.add(ScenarioFiles.read(file));
        }
        Path folder = rules.folderOrBuiltIn();
        Knotwise engine = rules.engine(drafts);
        // Each file is one batch, as the shared checker runs one: ids must be unique within a file only.
        List<ScenarioResult> results = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(engine);
        files.forEach(f -> results.addAll(runner.run(f)));
        PrintWriter out = spec.commandLine().getOut();
        int failed = 0;
        for (ScenarioResult r : results) {
            if (!r.passed()) {
                failed++;
                out.println("FAIL " + r.scenario().name() + " (" + r.scenario().origin() + ")");
                r.failures().forEach(f -> out.println("  " + f));
            }
        }
        if (coverage || coverageHtml != null) {
            Coverage cov = CoverageAnalyzer.analyze(RuleSources.catalogue(folder), results);
            if (failed > 0) {
                out.println();
            }
            out.print(CoverageText.render(cov));
            if (coverageHtml != null) {
                Path parent = coverageHtml.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                Files.writeString(coverageHtml, CoverageHtml.render(cov), StandardCharsets.UTF_8);
                out.println("Coverage page: " + coverageHtml);
            }
            out.println();
        }
        out.println((results.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
