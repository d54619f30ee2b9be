package org.knotwise.engine.rulebase;

import java.util.List;

/**
 * One rule as the rule files describe it: its id, its plain-words name, the article section it comes
 * from, why it fires, its phase, where it is written, and the codes its consequence can conclude.
 * The explanation, the catalogue, coverage and validation all read this one record.
 */
public record RuleDescription(String id, String name, String source, String because, String phase,
                              String file, int line, List<String> concludes) {
    public RuleDescription {
        concludes = List.copyOf(concludes);
    }

    /** The id the explanation shows: the rule's {@code @id}, or its name when it has none. */
    public String idOrName() {
        return id != null ? id : name;
    }

    /** {@code file:line}, as errors and the catalogue name it. */
    public String location() {
        return file + ":" + line;
    }
}
