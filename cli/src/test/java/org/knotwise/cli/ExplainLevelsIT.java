package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.json.KnotwiseJson;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --explain none|ids|full} on batch and on {@code assess --format json}; full stays the default. */
class ExplainLevelsIT {
    private static final String CASE = "{\"id\":\"w\",\"complaint\":{\"regions\":[\"wrist-back\"]},\"spots\":["
            + "{\"region\":\"forearm-back\",\"tender\":true,\"goodPain\":true,\"relevant\":true}]}";

    @TempDir
    Path dir;

    @Test
    void batchLeavesOutOrShortensOnlyTheExplanation() throws Exception {
        String input = CASE + "\n" + CASE.replace("\"w\"", "\"v\"") + "\nnot json\n";
        List<String> full = CliProcess.run(dir, input, "batch", "-").stdoutLines();
        List<String> byDefault = CliProcess.run(dir, input, "batch", "-", "--explain", "full").stdoutLines();
        List<String> ids = CliProcess.run(dir, input, "batch", "-", "--explain", "ids").stdoutLines();
        List<String> none = CliProcess.run(dir, input, "batch", "-", "--explain", "none").stdoutLines();
        assertThat(byDefault).isEqualTo(full).hasSize(3);
        for (int i = 0; i < 2; i++) {
            JsonNode f = KnotwiseJson.parse(full.get(i));
            JsonNode d = KnotwiseJson.parse(ids.get(i));
            assertThat(d.get("explanation")).hasSameSizeAs(f.get("explanation"));
            assertThat(d.get("explanation").get(0).size()).as("only the rule id").isEqualTo(1);
            assertThat(d.get("explanation").get(0).get("rule")).isEqualTo(f.get("explanation").get(0).get("rule"));
            assertThat(KnotwiseJson.parse(none.get(i)).has("explanation")).isFalse();
            assertThat(KnotwiseJson.parse(none.get(i)).get("candidateSites")).isEqualTo(f.get("candidateSites"));
        }
        assertThat(none.get(2)).isEqualTo(full.get(2)).contains("MALFORMED_JSON");
    }

    @Test
    void assessTakesTheLevelForJsonAndStillReadsTheFileAfterABareExplain() throws Exception {
        CliProcess.Result ids = CliProcess.run(dir, CASE, "assess", "-", "--format", "json", "--explain", "ids");
        assertThat(ids.exitCode()).as(ids.stderr()).isZero();
        assertThat(KnotwiseJson.parse(ids.stdout()).get("explanation").get(0).size()).isEqualTo(1);
        CliProcess.Result text = CliProcess.run(dir, CASE, "assess", "--explain", "-");
        assertThat(text.exitCode()).as(text.stderr()).isZero();
        assertThat(text.stdout()).contains("find.tender-candidate");
        CliProcess.Result bad = CliProcess.run(dir, CASE, "batch", "-", "--explain", "some");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).contains("explain must be none, ids or full, not some");
    }
}
