package org.knotwise.workbench.impact;

/**
 * One way an assessment changed: its kind (what is counted, e.g. {@code urgency none → routine} or
 * {@code added adjustment REDUCE_INTENSITY}) and, where the kind does not say it all, a detail.
 */
public record Change(String kind, String detail) {
}
