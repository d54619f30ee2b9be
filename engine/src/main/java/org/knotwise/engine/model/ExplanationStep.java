package org.knotwise.engine.model;

/** One fired rule: its id, the article section it comes from, and why it fired for this case. */
public record ExplanationStep(String rule, String source, String because) {
}
