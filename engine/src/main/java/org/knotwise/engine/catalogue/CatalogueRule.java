package org.knotwise.engine.catalogue;

import java.util.List;

/**
 * One rule as a reviewer sees it: its id, its plain-words name, why it fires, the article section
 * it comes from, its phase, where it is written, and the codes it can conclude.
 */
public record CatalogueRule(String id, String name, String because, String source, String phase,
                            String file, int line, List<String> concludes) {
    public CatalogueRule {
        concludes = List.copyOf(concludes);
    }

    /** {@code file:line}, as errors and the catalogue name it. */
    public String location() {
        return file + ":" + line;
    }
}
