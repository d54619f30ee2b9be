package org.knotwise.cli.rules;

import org.knotwise.engine.rulebase.RuleBaseIdentities;
import org.knotwise.engine.rulebase.RuleFolder;
import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.cli.ExitCodes;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.workbench.catalogue.RuleSources;
import org.knotwise.workbench.gate.GoldenScenarios;
import org.knotwise.kb.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code knotwise rules init DIR}: the built-in rules and data, copied into a folder to edit. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Copy the built-in rules (.drl), the knowledge base (kb/*.csv) and an example scenario",
                "file into DIR, to edit there; then pass --rules DIR to any command."})
final class InitCommand implements Callable<Integer> {

    static final String EXAMPLE_SCENARIOS = "scenarios/examples.yaml";
    static final String GOLDEN_SCENARIOS = "scenarios/golden.jsonl";
    private static final String EXAMPLE_RESOURCE = "org/knotwise/cli/rules/example-scenarios.yaml";

    @Parameters(paramLabel = "DIR", description = "The folder to create (it must be empty or new).")
    Path dir;

    @Option(names = "--force", description = "Overwrite the files in a folder that is not empty.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(dir) && !force) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty: choose a new folder, or add --force to overwrite");
                }
            }
        }
        List<RuleFile> rules = BuiltInRules.files();
        for (RuleFile f : rules) {
            write(dir.resolve(f.name()), f.text());
        }
        for (String csv : KnowledgeBase.FILES) {
            write(dir.resolve(RuleFolder.KB_FOLDER).resolve(csv), resource(KnowledgeBase.CLASSPATH_DIR + csv));
        }
        write(dir.resolve(EXAMPLE_SCENARIOS), resource(EXAMPLE_RESOURCE));
        // the gate every command runs before it loads this folder's rules (GatedRuleBase)
        write(dir.resolve(GOLDEN_SCENARIOS), GoldenScenarios.text());
        write(dir.resolve(RuleBaseIdentities.PROPERTIES_FILE), properties(dir));
        PrintWriter out = Stdout.open();
        out.println("Wrote " + rules.size() + " rule files, " + KnowledgeBase.FILES.stream()
                .map(f -> RuleFolder.KB_FOLDER + "/" + f).collect(java.util.stream.Collectors.joining(", "))
                + ", " + EXAMPLE_SCENARIOS + ", " + GOLDEN_SCENARIOS + " (the gate: the rules load only while these pass)"
                + " and " + RuleBaseIdentities.PROPERTIES_FILE + " to " + dir);
        out.println("Next: ./knotwise rules validate --rules " + dir);
        out.flush();
        return ExitCodes.OK;
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

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
