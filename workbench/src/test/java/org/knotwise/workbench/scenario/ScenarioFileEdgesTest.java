package org.knotwise.workbench.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scenario files as editors write them: a byte-order mark, a tab in YAML. */
class ScenarioFileEdgesTest {
    @TempDir
    Path dir;

    @Test
    void aJsonLinesFileWithAByteOrderMarkReadsAsBatchReadsIt() throws Exception {
        Path f = Files.writeString(dir.resolve("bom.jsonl"),
                "\uFEFF{\"case\":{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\"]}},\"expect\":{\"selfCare\":true}}\n");
        assertThat(ScenarioFiles.read(f)).hasSize(1);
    }

    @Test
    void aYamlErrorIsReportedAtTheLineOfTheProblem() throws Exception {
        Path f = Files.writeString(dir.resolve("tab.yaml"), "- case:\n\tid: a\n");
        assertThatThrownBy(() -> ScenarioFiles.read(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tab.yaml:2: ");
    }
}
