package org.knotwise.engine.facts;

import org.knotwise.engine.model.History;

/** What the person has tried so far. Any part may be null when not reported. */
public class MassageHistory implements Describable {
    private final History h;

    public MassageHistory(History history) { this.h = history; }

    public String getMethod() { return h.method(); }
    public Integer getIntensity() { return h.intensity(); }
    public Double getMinutesPerSession() { return h.minutesPerSession(); }
    public Integer getSessionsPerDay() { return h.sessionsPerDay(); }
    public String getTool() { return h.tool(); }
    public Boolean getLightPressure() { return h.lightPressure(); }
    public Integer getDays() { return h.days(); }
    public String getOutcome() { return h.outcome(); }
    public Boolean getNegativeReactions() { return h.negativeReactions(); }
    public String getProfessionalStyle() { return h.professionalStyle(); }

    /** Intensity, sessions a day and light pressure all within the article's advice (or not reported). */
    public boolean isSoundTechnique() {
        return (h.intensity() == null || (h.intensity() >= 4 && h.intensity() <= 7))
                && (h.sessionsPerDay() == null || (h.sessionsPerDay() >= 2 && h.sessionsPerDay() <= 6))
                && !Boolean.FALSE.equals(h.lightPressure());
    }

    public boolean isNegativeReactionsReported() { return Boolean.TRUE.equals(h.negativeReactions()); }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("history:");
        if (h.method() != null) s.append(" method ").append(h.method());
        if (h.intensity() != null) s.append(", intensity ").append(h.intensity()).append("/10");
        if (h.minutesPerSession() != null) s.append(", ").append(h.minutesPerSession()).append(" min a session");
        if (h.sessionsPerDay() != null) s.append(", ").append(h.sessionsPerDay()).append(" a day");
        if (h.tool() != null) s.append(", ").append(h.tool());
        if (h.lightPressure() != null) s.append(h.lightPressure() ? ", light pressure" : ", no light pressure");
        if (h.days() != null) s.append(", ").append(h.days()).append(" days");
        if (h.outcome() != null) s.append(", outcome ").append(h.outcome());
        if (Boolean.TRUE.equals(h.negativeReactions())) s.append(", negative reactions");
        if (h.professionalStyle() != null) s.append(", professional style ").append(h.professionalStyle());
        return s.toString();
    }
}
