package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.workbench.scenario.ExpectationChecker;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example scenario file that {@code rules init} writes (scenarios/examples.yaml) is where a knowledge
 * engineer learns the expectation keys: its list names every key the checker knows, and no other.
 */
class ExampleScenariosKeysTest {

    private static final String RESOURCE = "org/knotwise/cli/rules/example-scenarios.yaml";
    /** A line of the key list: {@code #   key, key, key   what it checks}. */
    private static final Pattern KEY_LINE = Pattern.compile("^#   ([A-Za-z]+(?:, [A-Za-z]+)*)\\s{2,}\\S");

    @TempDir
    Path dir;

    private static String text() throws Exception {
        try (InputStream in = ExampleScenariosKeysTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The keys the file's header lists, in its order. */
    private static Set<String> listedKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            Matcher m = KEY_LINE.matcher(line);
            if (m.find()) {
                keys.addAll(List.of(m.group(1).split(", ")));
            }
        }
        return keys;
    }

    @Test
    void theKeyListNamesEveryKeyTheCheckerKnowsAndNoOther() throws Exception {
        Set<String> listed = listedKeys(text());

        assertThat(ExpectationChecker.KEYS).as("keys the checker knows, missing from examples.yaml's list")
                .allMatch(listed::contains);
        assertThat(listed).as("keys examples.yaml lists that the checker does not know")
                .allMatch(ExpectationChecker.KEYS::contains);
    }

    @Test
    void theKeyListReaderSeesAKeyGoMissing() throws Exception {
        String without = text().replace("toolsOnly", "toolsOnIy");

        assertThat(listedKeys(without)).doesNotContain("toolsOnly").contains("toolsOnIy", "notTools");
    }

    @Test
    void theExamplesReadAndExpectOnlyKnownKeys() throws Exception {
        Path yaml = Files.writeString(dir.resolve("examples.yaml"), text());
        List<Scenario> scenarios = ScenarioFiles.read(yaml);

        assertThat(scenarios).isNotEmpty();
        for (Scenario s : scenarios) {
            s.expect().fieldNames().forEachRemaining(k -> assertThat(ExpectationChecker.KEYS).as(s.origin()).contains(k));
        }
    }
}
