package org.knotwise.workbench.catalogue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A catalogue as data ({@code catalogue.json} beside the pages): every rule entry, every knowledge-base
 * row and every question of the questions file. {@code rules diff} compares two of these, made from rule
 * folders, the built-in rules or two catalogue folders written earlier (one written before questions were
 * kept has none).
 */
@JsonPropertyOrder({"title", "rules", "data", "questions"})
public record CatalogueSnapshot(String title, List<RuleEntry> rules, List<DataRow> data, List<DataRow> questions) {
    public static final String FILE = "catalogue.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CatalogueSnapshot {
        rules = List.copyOf(rules);
        data = List.copyOf(data);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public CatalogueSnapshot(String title, List<RuleEntry> rules, List<DataRow> data) {
        this(title, rules, data, List.of());
    }

    /** The same catalogue, with the questions file's questions. */
    public CatalogueSnapshot withQuestions(List<DataRow> rows) {
        return new CatalogueSnapshot(title, rules, data, rows);
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code catalogue.json} from a folder {@code rules catalogue} wrote. */
    public static CatalogueSnapshot read(Path catalogueFolder) {
        Path file = catalogueFolder.resolve(FILE);
        try {
            return MAPPER.readValue(Files.readString(file), CatalogueSnapshot.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not a catalogue written by rules catalogue (" + e.getMessage() + ")", e);
        }
    }

    /** Whether a folder holds a catalogue written by {@code rules catalogue} rather than rules. */
    public static boolean isCatalogueFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE));
    }
}
