package org.knotwise.workbench.catalogue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One rule as a reviewer reads it: what it checks (in words, and each constraint as written), what it
 * concludes (its codes and the exact messages people read), what else it does, where it comes from in
 * the article and why, and where it stands in sign-off. Also the unit {@code rules diff} compares.
 */
@JsonPropertyOrder({"id", "name", "status", "section", "source", "because", "phase", "salience", "conditions",
        "constraints", "codes", "messages", "texts", "statements", "file", "line"})
public record RuleEntry(String id, String name, String status, String section, String source, String because,
                        String phase, String salience, List<String> conditions, List<String> constraints,
                        List<String> codes, List<String> messages, List<RuleText> texts, List<String> statements,
                        String file, int line) {
    public RuleEntry {
        conditions = List.copyOf(conditions);
        constraints = List.copyOf(constraints);
        codes = List.copyOf(codes);
        messages = List.copyOf(messages);
        texts = texts == null ? List.of() : List.copyOf(texts);
        statements = List.copyOf(statements);
    }

    /** A rule whose words are all in its own file (no message keys). */
    public RuleEntry(String id, String name, String status, String section, String source, String because,
                     String phase, String salience, List<String> conditions, List<String> constraints,
                     List<String> codes, List<String> messages, List<String> statements, String file, int line) {
        this(id, name, status, section, source, because, phase, salience, conditions, constraints, codes, messages,
                List.of(), statements, file, line);
    }

    /** The key a diff matches rules by: the {@code @id}, or the name of a rule without one. */
    public String key() {
        return id != null ? id : name;
    }

    public String location() {
        return file + ":" + line;
    }
}
