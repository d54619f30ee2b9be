package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * One fired rule: its id, the article section it comes from, and why it fired for this case.
 *
 * @param concluded the facts the rule inserted or changed, in words (shown by {@code assess --explain};
 *                  not part of the contract's JSON)
 */
public record ExplanationStep(String rule, String source, String because, @JsonIgnore List<String> concluded) {

    public ExplanationStep {
        concluded = concluded == null ? List.of() : List.copyOf(concluded);
    }

    public ExplanationStep(String rule, String source, String because) {
        this(rule, source, because, List.of());
    }
}
