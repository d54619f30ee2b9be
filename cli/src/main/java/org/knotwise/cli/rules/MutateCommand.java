package org.knotwise.cli.rules;

import org.knotwise.cli.DraftsOption;
import org.knotwise.cli.ExitCodes;
import org.knotwise.cli.RulesOption;
import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleFolder;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.workbench.gate.GatedRuleBase;
import org.knotwise.workbench.mutate.EquivalentMutants;
import org.knotwise.workbench.mutate.MutationHtml;
import org.knotwise.workbench.mutate.MutationReport;
import org.knotwise.workbench.mutate.MutationRun;
import org.knotwise.workbench.mutate.MutationText;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code knotwise rules mutate SCENARIOS...}: which small changes to the rules would no scenario notice? */
@Command(name = "mutate", mixinStandardHelpOptions = true,
        description = {"List the small changes to the rules that no scenario notices, with a score.",
                "It makes them one at a time (delete a rule; move a comparison's boundary, > to >= and < to <=; drop a constraint or a condition), run the scenarios against each, and list",
                "the changes no scenario notices, with a score: killed / (mutants - not compiling - declared equivalent).",
                "Mutants declared equivalent (ruleId: change | reason, one a line) are shown apart.",
                "The first line says what the score rests on: the scenarios run and the equivalents declared."})
final class MutateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;


    @Parameters(paramLabel = "SCENARIOS", arity = "1..*",
            description = "Scenario files, or folders holding them (.jsonl, .yaml, .yml).")
    List<Path> paths;

    @Mixin
    RulesOption rules;

    @Mixin
    DraftsOption drafts;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the report as a self-contained HTML page.")
    Path output;

    @Option(names = "--equivalent", paramLabel = "FILE", description = "The declared-equivalent mutants (default: "
            + "DIR/scenarios/" + EquivalentMutants.FILE_NAME + " with --rules DIR, else the built-in rules' list).")
    Path equivalent;

    @Option(names = "--threads", paramLabel = "N", description = "Mutants run at once (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--min-score", paramLabel = "PERCENT", description = "Exit 1 when the score is below this.")
    double minScore = 0;

    @Override
    public Integer call() throws IOException, InterruptedException {
        // MVEL's advice on constraint placement would be printed once per mutant
        System.setProperty("org.slf4j.simpleLogger.log.org.drools.mvel.MVELConstraint", "error");
        List<Path> scenarioFiles = ScenarioFiles.expand(paths);
        List<List<Scenario>> scenarios = new ArrayList<>();
        for (Path file : scenarioFiles) {
            scenarios.add(ScenarioFiles.read(file));
        }
        Path folder = rules.folderOrBuiltIn();
        GatedRuleBase.load(folder, drafts.on); // the original must load as every command loads it
        List<RuleFile> files = folder == null ? BuiltInRules.files() : RuleFolder.files(folder);
        KnowledgeBase kb = folder == null ? KnowledgeBase.builtIn() : RuleFolder.knowledgeBase(folder);
        Equivalents declared = equivalents(folder);
        PrintWriter out = spec.commandLine().getOut();
        // What the score rests on comes first: the same rules score far lower on fewer scenarios.
        out.println(whatRan(scenarios, scenarioFiles.size(), declared));
        String fewer = fewerThanBuiltIn(scenarios);
        if (fewer != null) {
            out.println(fewer);
        }
        out.flush();
        MutationReport report = new MutationRun(files, kb, scenarios, declared.mutants(), threads, drafts.on).run();
        out.print(MutationText.render(report));
        if (output != null) {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(output, MutationHtml.render(report), StandardCharsets.UTF_8);
            out.println("Page: " + output);
        }
        out.flush();
        return report.score() < minScore ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** The declared-equivalent mutants and where they were read from, in words (null: nowhere). */
    private record Equivalents(EquivalentMutants mutants, String from) {
    }

    private Equivalents equivalents(Path folder) throws IOException {
        if (equivalent != null) {
            return new Equivalents(EquivalentMutants.parse(Files.readString(equivalent), equivalent.toString()), equivalent.toString());
        }
        if (folder != null) {
            Path own = folder.resolve(GatedRuleBase.SCENARIOS_FOLDER).resolve(EquivalentMutants.FILE_NAME);
            return Files.exists(own) ? new Equivalents(EquivalentMutants.parse(Files.readString(own), own.toString()), own.toString())
                    : new Equivalents(EquivalentMutants.none(), null);
        }
        try (InputStream in = MutateCommand.class.getClassLoader().getResourceAsStream(EquivalentMutants.RESOURCE)) {
            return in == null ? new Equivalents(EquivalentMutants.none(), null)
                    : new Equivalents(EquivalentMutants.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    EquivalentMutants.FILE_NAME), "the built-in rules' " + EquivalentMutants.FILE_NAME);
        }
    }

    /** "Scenarios: 655 from 21 files (my-rules/scenarios); declared equivalent: 49 in my-rules/scenarios/...". */
    private String whatRan(List<List<Scenario>> scenarios, int fileCount, Equivalents declared) {
        int count = scenarios.stream().mapToInt(List::size).sum();
        String where = paths.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "));
        return "Scenarios: " + count + " from " + fileCount + " file" + (fileCount == 1 ? "" : "s") + " (" + where
                + "); declared equivalent: " + (declared.from() == null
                ? "none (no " + EquivalentMutants.FILE_NAME + " found, so every mutant no scenario notices counts against the score)"
                : declared.mutants().reasonByKey().size() + " in " + declared.from());
    }

    /**
     * Why the score may be low: fewer scenarios than the built-in rules are scored with (a folder from an older
     * {@code rules init}, or a single file), or null.
     */
    private static String fewerThanBuiltIn(List<List<Scenario>> scenarios) {
        int builtIn = BuiltInRules.testScenarios().values().stream()
                .mapToInt(t -> (int) t.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("//")).count()).sum();
        int count = scenarios.stream().mapToInt(List::size).sum();
        if (builtIn == 0 || count >= builtIn) {
            return null;
        }
        return "These are fewer than the " + builtIn + " scenarios the built-in rules are scored with, so fewer mutants are"
                + " noticed and the score is lower: rules init copies them into " + InitCommand.BUILT_IN_TESTS + "/.";
    }
}
