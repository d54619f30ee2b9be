package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.kb.Region;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/CASE-FORMAT.md describes every region and error code, and an error about a region points to it. */
class CaseFormatDocTest {
    private static final Path DOC = Path.of("..", "docs", "CASE-FORMAT.md").toAbsolutePath().normalize();
    private static final Path README = Path.of("..", "README.md").toAbsolutePath().normalize();

    @Test
    void everyRegionOfTheKnowledgeBaseHasARowWithADescription() throws Exception {
        String doc = Files.readString(DOC);
        for (Region r : Knotwise.builtIn().ruleBase().knowledgeBase().regions().values()) {
            assertThat(doc).as("region " + r.id()).containsPattern("(?m)^\\| `" + r.id() + "` \\| \\S.*\\|$");
        }
    }

    @Test
    void everyErrorCodeIsExplained() throws Exception {
        String doc = Files.readString(DOC);
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(doc).as(code.name()).containsPattern("(?m)^\\| `" + code.name() + "` \\| \\S");
        }
    }

    @Test
    void theReadmeAndAnUnknownRegionErrorPointToTheDocument() throws Exception {
        assertThat(Files.readString(README)).contains("(docs/CASE-FORMAT.md)");
        CliProcess.Result r = Cli.run("{\"id\":\"b\",\"complaint\":{\"regions\":[\"lower back\"]}}", "assess", "-");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("UNKNOWN_REGION", "docs/CASE-FORMAT.md").doesNotContain("§3");
    }
}
