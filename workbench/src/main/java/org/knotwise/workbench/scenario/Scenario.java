package org.knotwise.workbench.scenario;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A case (or a raw line that is not a valid case) and what is expected of its assessment, in the
 * format of the shared scenario files: {@code {"case": {...}, "expect": {...}}} or
 * {@code {"raw": "...", "expect": {"error": CODE}}}.
 *
 * @param origin where the scenario was written, e.g. {@code scenarios.jsonl:12}
 */
public record Scenario(String name, JsonNode caseNode, String raw, JsonNode expect, String origin) {

    /** The input line this scenario feeds to the batch. */
    public String inputLine() {
        return raw != null ? raw : caseNode.toString();
    }
}
