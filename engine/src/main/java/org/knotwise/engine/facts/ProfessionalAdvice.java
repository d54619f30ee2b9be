package org.knotwise.engine.facts;

/** A reason to see a professional, how urgently (none, routine, urgent), and what to look for. */
public class ProfessionalAdvice implements Describable {
    private final String reason;
    private final String urgency;
    private final String advice;

    public ProfessionalAdvice(String reason, String urgency, String advice) {
        this.reason = reason;
        this.urgency = urgency;
        this.advice = advice;
    }

    public String getReason() { return reason; }
    public String getUrgency() { return urgency; }
    public String getAdvice() { return advice; }

    @Override
    public String describe() { return "professional: " + reason + " (" + urgency + ")"; }
}
