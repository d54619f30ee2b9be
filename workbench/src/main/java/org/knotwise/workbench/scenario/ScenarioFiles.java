package org.knotwise.workbench.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.InvalidCaseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads scenario files: JSON Lines ({@code .jsonl}, one scenario a line, blank lines and // comments
 * skipped) or YAML ({@code .yaml}/{@code .yml}, a list of scenarios, for writing by hand).
 */
public final class ScenarioFiles {

    private static final YAMLFactory YAML = YAMLFactory.builder().build();
    private static final ObjectMapper YAML_MAPPER = new ObjectMapper(YAML);

    private ScenarioFiles() {
    }

    /**
     * Every scenario in the given files and folders (a folder gives its .jsonl, .yaml and .yml
     * files, sorted by path), in order.
     */
    public static List<Scenario> readAll(List<Path> paths) throws IOException {
        List<Scenario> out = new ArrayList<>();
        for (Path f : expand(paths)) {
            out.addAll(read(f));
        }
        return out;
    }

    /** The scenario files named, folders replaced by the .jsonl, .yaml and .yml files under them. */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    out.addAll(walk.filter(ScenarioFiles::isScenarioFile).sorted().toList());
                }
            } else if (!Files.exists(p)) {
                throw new NoSuchFileException(p.toString(), null, "no such scenario file or folder");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** One file, read as YAML when its name ends in .yaml or .yml, else as JSON Lines. */
    public static List<Scenario> read(Path file) throws IOException {
        return isYaml(file) ? readYaml(file) : readJsonLines(file);
    }

    static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".jsonl") || isYaml(p));
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /**
     * A YAML file holding a list of scenarios, each located by the line it starts on.
     *
     * @throws IllegalArgumentException naming the file and line of a scenario that cannot be read
     */
    public static List<Scenario> readYaml(Path file) throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        String name = file.getFileName().toString();
        try (JsonParser p = YAML_MAPPER.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return scenarios;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException(name + ":" + p.currentLocation().getLineNr()
                        + ": a YAML scenario file is a list: start each scenario with \"- case:\" or \"- raw:\"");
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String origin = name + ":" + p.currentTokenLocation().getLineNr();
                JsonNode node = YAML_MAPPER.readTree(p);
                scenarios.add(fromNode(node, origin));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + ":" + yamlLine(e) + ": not valid YAML: "
                    + e.getOriginalMessage().replaceAll("\\s+", " ").strip());
        }
        return scenarios;
    }

    /**
     * The line of the YAML problem itself: the YAML reader's own mark, which Jackson's location
     * (often the start of the construct around it) does not always match.
     */
    private static int yamlLine(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
                return m.getProblemMark().getLine() + 1;
            }
        }
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /** @throws IllegalArgumentException naming the file and line of a scenario that cannot be read */
    public static List<Scenario> readJsonLines(Path file) throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String text = (i == 0 ? withoutBom(lines.get(i)) : lines.get(i)).strip();
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

    /** A UTF-8 byte-order mark at the start of a file, as batch accepts it. */
    private static String withoutBom(String firstLine) {
        return firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
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
