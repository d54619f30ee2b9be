package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.engine.rulebase.RuleFile;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that embeds Knotwise, in its own JVM: with no SLF4J provider it prints nothing to
 * stderr (no "No SLF4J providers" warning); with slf4j-simple at its default level the built-in
 * rules log nothing, and a flat rules folder no warning per file.
 */
class QuietLibraryTest {
    private static final String WITH_RULES = "--- withRules";
    private static final String CASE = "{\"id\":\"q\",\"complaint\":{\"regions\":[\"calf\"]}}";

    @TempDir
    Path dir;

    /** The application: the built-in rules, then the same rules from a folder, one case each. */
    public static void main(String[] args) {
        System.out.println(KnotwiseJson.write(Knotwise.builtIn().assess(KnotwiseJson.readCase(CASE))));
        System.err.println(WITH_RULES);
        System.out.println(KnotwiseJson.write(Knotwise.withRules(Path.of(args[0])).assess(KnotwiseJson.readCase(CASE))));
    }

    @Test
    void withoutAnSlf4jProviderNothingIsPrintedToStderr() throws Exception {
        Run r = run(false);
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out.lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("{\"id\":\"q\""));
        assertThat(r.err).isEqualTo(WITH_RULES + "\n");
    }

    @Test
    void withSlf4jSimpleAtItsDefaultLevelTheBuiltInRulesLogNothingAndAFlatFolderIsNoWarning() throws Exception {
        Run r = run(true);
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out.lines()).hasSize(2);
        assertThat(r.err).startsWith(WITH_RULES + "\n").doesNotContain("is in folder");
        // Not yet: Drools' two INFO lines when it creates a KIE base from DRL, and its MVEL warning
        // about the rule that calls linkedToPain (that function moves into the knowledge base).
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(boolean withSlf4jSimple) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (RuleFile f : BuiltInRules.files()) {
            Files.writeString(rules.resolve(f.name()), f.text());
        }
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(e -> withSlf4jSimple || !e.contains("slf4j-simple"))
                .collect(Collectors.joining(File.pathSeparator));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        // slf4j-simple's own default level (this module's simplelogger.properties, also on the path, says warn).
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", classpath, QuietLibraryTest.class.getName(),
                rules.toString()))
                .directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the application did not finish in 300 s");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
