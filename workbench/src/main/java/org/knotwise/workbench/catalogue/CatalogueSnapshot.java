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
 * A catalogue as data ({@code catalogue.json} beside the pages): every rule entry and every knowledge-base
 * row. {@code rules diff} compares two of these, made from rule folders, the built-in rules or two
 * catalogue folders written earlier.
 */
@JsonPropertyOrder({"title", "rules", "data"})
public record CatalogueSnapshot(String title, List<RuleEntry> rules, List<DataRow> data) {
    public static final String FILE = "catalogue.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public CatalogueSnapshot {
        rules = List.copyOf(rules);
        data = List.copyOf(data);
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
