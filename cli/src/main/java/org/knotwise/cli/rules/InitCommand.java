package org.knotwise.cli.rules;

import org.knotwise.engine.rulebase.MessageFolder;
import org.knotwise.cli.ExitCodes;
import org.knotwise.cli.VersionProvider;
import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.engine.rulebase.RuleBaseIdentities;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleFolder;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.workbench.consult.QuestionBook;
import org.knotwise.workbench.gate.GatedRuleBase;
import org.knotwise.workbench.gate.GoldenScenarios;
import org.knotwise.workbench.mutate.EquivalentMutants;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code knotwise rules init DIR}: the built-in rules and data, copied into a folder to edit. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Copy the built-in rules and data into a folder, to edit there.",
                "Copies the rules (.drl), the knowledge base (kb/*.csv), the message files (messages/*.properties),",
                "the questions, the gate's scenarios,",
                "the scenarios the built-in rules are tested with and their declared-equivalent mutants into DIR,",
                "and lists every file written; then pass --rules DIR to any command."})
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static final String EXAMPLE_SCENARIOS = "scenarios/examples.yaml";
    static final String GOLDEN_SCENARIOS = "scenarios/golden.jsonl";
    static final String BUILT_IN_TESTS = GatedRuleBase.SCENARIOS_FOLDER + "/" + GatedRuleBase.BUILT_IN_TESTS_FOLDER;
    static final String EQUIVALENT_MUTANTS = GatedRuleBase.SCENARIOS_FOLDER + "/" + EquivalentMutants.FILE_NAME;
    private static final String EXAMPLE_RESOURCE = "org/knotwise/cli/rules/example-scenarios.yaml";

    @Parameters(paramLabel = "DIR", description = "The folder to create (it must be empty or new).")
    Path dir;

    @Option(names = "--force", description = "Overwrite the files in a folder that is not empty.")
    boolean force;

    /** What was written, in order, each with what it is for (null: the group's heading says it). */
    private final Map<String, String> written = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(dir) && !force) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty: choose a new folder, or add --force to overwrite");
                }
            }
        }
        for (RuleFile f : BuiltInRules.files()) {
            write(f.name(), f.text(), "rules");
        }
        for (String csv : KnowledgeBase.FILES) {
            write(RuleFolder.KB_FOLDER + "/" + csv, resource(KnowledgeBase.CLASSPATH_DIR + csv), "knowledge base");
        }
        // the words of every answer, one file per language: a folder without messages/ speaks the built-in ones
        for (Map.Entry<String, byte[]> m : MessageFolder.builtInBytes().entrySet()) {
            write(m.getKey(), new String(m.getValue(), StandardCharsets.UTF_8), "messages (the words of every answer, by language)");
        }
        write(QuestionBook.FILE_NAME, QuestionBook.builtInText(), "the consultation's questions");
        write(RuleBaseIdentities.PROPERTIES_FILE, properties(dir), "the name and version every answer carries");
        // the gate every command runs before it loads this folder's rules (GatedRuleBase)
        write(GOLDEN_SCENARIOS, GoldenScenarios.text(), "the gate: the rules load only while these pass");
        write(EXAMPLE_SCENARIOS, resource(EXAMPLE_RESOURCE), "the gate too: your own scenarios, with every expect key");
        // what the built-in rules' mutation score rests on: without them rules mutate scores this folder far lower
        Map<String, String> tests = BuiltInRules.testScenarios();
        if (tests.isEmpty()) {
            throw new IllegalStateException(BuiltInRules.TEST_SCENARIOS + " is missing from the knotwise jar");
        }
        tests.forEach((name, text) -> write(BUILT_IN_TESTS + "/" + name, text, "what the built-in rules are tested with"));
        write(EQUIVALENT_MUTANTS, resource(EquivalentMutants.RESOURCE), "the mutants declared equivalent, with why");
        report();
        return ExitCodes.OK;
    }

    /** Every file written, by what it is for, then what to run next. */
    private void report() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + written.size() + " files to " + dir + ":");
        Map<String, List<String>> byPurpose = new LinkedHashMap<>();
        written.forEach((file, purpose) -> byPurpose.computeIfAbsent(purpose, k -> new ArrayList<>()).add(file));
        byPurpose.forEach((purpose, files) -> {
            out.println("  " + purpose + ":");
            files.forEach(f -> out.println("    " + f));
        });
        out.println("The gate is every scenario file in " + GatedRuleBase.SCENARIOS_FOLDER + "/ but those in " + BUILT_IN_TESTS
                + "/: rules test and rules mutate run them all.");
        out.println("Next: ./knotwise rules validate --rules " + dir);
        out.flush();
    }

    /** The folder's name and version, which every assessment made with these rules carries (contract §7.8). */
    private static String properties(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "rules" : absolute.getFileName().toString();
        return "# Every assessment made with these rules names them by this name and version, beside a digest\n"
                + "# of the rule and data files. Raise the version whenever you publish a change.\n"
                + "name=" + name.replace("\\", "\\\\") + "\n"
                + "version=1\n";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InitCommand.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the knotwise jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void write(String relative, String text, String purpose) {
        Path file = dir.resolve(relative);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        written.put(relative, purpose);
    }
}
