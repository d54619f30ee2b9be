package org.knotwise.workbench.consult;

import org.knotwise.engine.model.Assessment;

/**
 * Where a consultation stands: the next question (null when done), whether it is done, whether a red flag
 * ended it, and the assessment of what is known so far (null until the pain regions are known).
 */
public record Step(AskedQuestion question, boolean done, boolean redFlag, Assessment assessment) {
}
