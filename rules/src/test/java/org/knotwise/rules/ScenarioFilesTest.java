package org.knotwise.rules;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;
import org.knotwise.workbench.scenario.ScenarioResult;
import org.knotwise.workbench.scenario.ScenarioRunner;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every scenario file under src/test/resources/scenarios through the built-in rules, one test
 * per scenario, each file as one batch in the order written (as the shared checker does).
 */
class ScenarioFilesTest {

    private static final Knotwise ENGINE = RuleTesting.ENGINE;

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() throws IOException, URISyntaxException {
        Path dir = Path.of(ScenarioFilesTest.class.getResource("/scenarios").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                List<Scenario> scenarios = ScenarioFiles.readJsonLines(file);
                assertThat(scenarios).as(file + " has scenarios").isNotEmpty();
                for (ScenarioResult r : new ScenarioRunner(ENGINE).run(scenarios)) {
                    tests.add(DynamicTest.dynamicTest(r.scenario().origin() + " " + r.scenario().name(),
                            () -> assertThat(r.failures()).as(r.scenario().origin()).isEmpty()));
                }
            }
        }
        return tests.stream();
    }
}
