package org.knotwise.workbench.gate;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden scenarios shipped with the built-in rules (the knotwise-rules jar holds them beside the DRL
 * files): the gate of the built-in rules, and of a rules folder that brings none of its own.
 */
public final class GoldenScenarios {
    /** Where the rules jar keeps them on the classpath. */
    public static final String RESOURCE = "org/knotwise/rules/scenarios/golden.jsonl";
    /** The name problems show them under: where they are in the rules jar (and under rules/src/main/resources). */
    static final String SHOWN_AS = RESOURCE;

    private GoldenScenarios() {
    }

    /** The golden file's text, as {@code rules init} copies it. */
    public static String text() {
        try (InputStream in = GoldenScenarios.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the golden scenarios (" + RESOURCE
                        + ") are not on the classpath: add the knotwise-rules jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden scenarios, each located by its line. */
    public static List<Scenario> read() {
        List<Scenario> scenarios = new ArrayList<>();
        String[] lines = text().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            String origin = "golden.jsonl:" + (i + 1);
            JsonNode node;
            try {
                node = KnotwiseJson.parse(line);
            } catch (InvalidCaseException e) {
                throw new IllegalStateException(origin + ": " + e.getMessage());
            }
            scenarios.add(ScenarioFiles.fromNode(node, origin));
        }
        return scenarios;
    }
}
