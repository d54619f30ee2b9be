package org.knotwise.workbench.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAYamlListLocatingEachScenarioByItsFirstLine() throws Exception {
        Path yaml = Files.writeString(dir.resolve("hand.yaml"), """
                # written by hand
                - case:
                    id: too-hard
                    complaint: {regions: [neck-back]}
                    history: {intensity: 9, lightPressure: true}
                  expect:
                    adjustments: [REDUCE_INTENSITY]

                - raw: "not json"
                  expect: {error: MALFORMED_JSON}
                """);
        List<Scenario> s = ScenarioFiles.read(yaml);

        assertThat(s).extracting(Scenario::origin).containsExactly("hand.yaml:2", "hand.yaml:9");
        assertThat(s.get(0).name()).isEqualTo("too-hard");
        assertThat(s.get(0).inputLine()).isEqualTo(
                "{\"id\":\"too-hard\",\"complaint\":{\"regions\":[\"neck-back\"]},\"history\":{\"intensity\":9,\"lightPressure\":true}}");
        assertThat(s.get(1).inputLine()).isEqualTo("not json");
        assertThat(s.get(1).expect().get("error").asText()).isEqualTo("MALFORMED_JSON");
    }

    @Test
    void aYamlScenarioWithoutExpectationsIsRefusedWithItsLine() throws Exception {
        Path yaml = Files.writeString(dir.resolve("bad.yml"), "- case: {id: a}\n  expect: {}\n- case: {id: b}\n");
        assertThatThrownBy(() -> ScenarioFiles.read(yaml))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad.yml:3: ")
                .hasMessageContaining("\"expect\"");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() throws Exception {
        Path yaml = Files.writeString(dir.resolve("broken.yaml"), "- case: {id: a\n  expect: [\n");
        assertThatThrownBy(() -> ScenarioFiles.read(yaml))
                .isInstanceOf(IllegalArgumentException.class).hasMessageMatching("broken\\.yaml:\\d+: not valid YAML: .*");
    }

    @Test
    void aFolderGivesItsScenarioFilesInPathOrder() throws Exception {
        Files.writeString(dir.resolve("b.jsonl"), "{\"case\":{\"id\":\"b1\"},\"expect\":{}}\n\n// note\n{\"case\":{\"id\":\"b2\"},\"expect\":{}}\n");
        Files.writeString(dir.resolve("a.yaml"), "- case: {id: a1}\n  expect: {}\n");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario file");
        List<Scenario> s = ScenarioFiles.readAll(List.of(dir));
        assertThat(s).extracting(Scenario::name).containsExactly("a1", "b1", "b2");
        assertThat(s).extracting(Scenario::origin).containsExactly("a.yaml:1", "b.jsonl:1", "b.jsonl:4");
    }
}
