package org.knotwise.workbench.consult;

import org.knotwise.engine.model.Assessment;

/**
 * Where a consultation stands: the next question (null when done), whether it is done, whether a red flag was
 * reported (then no self-massage plan follows, and the questions left, if any, only settle how urgently to see
 * someone and which cautions apply), and the assessment of what is known so far (null until the pain regions
 * are known).
 */
public record Step(AskedQuestion question, boolean done, boolean redFlag, Assessment assessment) {
}
