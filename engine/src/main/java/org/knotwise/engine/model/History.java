package org.knotwise.engine.model;

/** Self-massage tried so far (contract §1 {@code history}); every part is null when not given. */
public record History(String method, Integer intensity, Double minutesPerSession, Integer sessionsPerDay,
                      String tool, Boolean lightPressure, Integer days, String outcome,
                      Boolean negativeReactions, String professionalStyle) {
}
