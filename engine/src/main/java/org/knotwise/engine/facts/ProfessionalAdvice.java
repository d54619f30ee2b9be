package org.knotwise.engine.facts;

import org.knotwise.engine.text.Text;

/** A reason to see a professional, how urgently (none, routine, urgent, emergency), and what to look for. */
public class ProfessionalAdvice implements Describable {
    private final String reason;
    private final String urgency;
    private final Text advice;

    public ProfessionalAdvice(String reason, String urgency, Text advice) {
        this.reason = reason;
        this.urgency = urgency;
        this.advice = advice;
    }

    /** In a rule folder's own words, the same in every language (or no words: null). */
    public ProfessionalAdvice(String reason, String urgency, String advice) {
        this(reason, urgency, advice == null ? null : Text.literal(advice));
    }

    public String getReason() { return reason; }
    public String getUrgency() { return urgency; }
    /** The advice's words, or null. */
    public Text getAdvice() { return advice; }

    @Override
    public String describe() { return "professional: " + reason + " (" + urgency + ")"; }
}
