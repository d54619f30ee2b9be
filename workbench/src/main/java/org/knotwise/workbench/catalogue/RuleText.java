package org.knotwise.workbench.catalogue;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Map;
import java.util.TreeMap;

/**
 * One text a rule can say, by its message key, in every language of the rule base (language code to
 * the message as written, placeholders and all), for the catalogue to show side by side.
 */
@JsonPropertyOrder({"key", "words"})
public record RuleText(String key, Map<String, String> words) {
    public RuleText {
        words = java.util.Collections.unmodifiableMap(new TreeMap<>(words));
    }
}
