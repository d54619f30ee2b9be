package org.knotwise.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.InvalidCaseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads scenario files: JSON Lines, one scenario a line (blank lines and // comments skipped). */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** @throws IllegalArgumentException naming the file and line of a scenario that cannot be read */
    public static List<Scenario> readJsonLines(Path file) throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("//")) {
                continue;
            }
            String origin = file.getFileName() + ":" + (i + 1);
            JsonNode node;
            try {
                node = KnotwiseJson.parse(text);
            } catch (InvalidCaseException e) {
                throw new IllegalArgumentException(origin + ": " + e.getMessage());
            }
            scenarios.add(fromNode(node, origin));
        }
        return scenarios;
    }

    /** One scenario from its JSON object. */
    public static Scenario fromNode(JsonNode node, String origin) {
        JsonNode expect = node.get("expect");
        if (expect == null || !expect.isObject()) {
            throw new IllegalArgumentException(origin + ": a scenario needs an \"expect\" object");
        }
        JsonNode c = node.get("case");
        JsonNode raw = node.get("raw");
        if (c == null && (raw == null || !raw.isTextual())) {
            throw new IllegalArgumentException(origin + ": a scenario needs a \"case\" object or a \"raw\" string");
        }
        String name = c != null && c.path("id").isTextual() ? c.get("id").asText()
                : node.path("name").asText("(raw) " + origin);
        return new Scenario(name, c, c == null ? raw.asText() : null, expect, origin);
    }
}
