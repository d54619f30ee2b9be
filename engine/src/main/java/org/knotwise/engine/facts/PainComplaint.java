package org.knotwise.engine.facts;

import java.util.List;

/**
 * The complaint as a whole (where it hurts is in the {@link PainRegion} facts): how it feels, how bad,
 * how long, how it began. Always present, one per case; each part is null when not given.
 */
public class PainComplaint implements Describable {
    private final List<String> quality;
    private final Integer severity;
    private final Integer durationDays;
    private final String onset;
    private final Boolean swelling;

    public PainComplaint(List<String> quality, Integer severity, Integer durationDays, String onset, Boolean swelling) {
        this.quality = List.copyOf(quality);
        this.severity = severity;
        this.durationDays = durationDays;
        this.onset = onset;
        this.swelling = swelling;
    }

    /** aching, stiffness, sharp, burning, tingling: any of them, in the case's order. */
    public List<String> getQuality() { return quality; }
    /** 0 to 10. */
    public Integer getSeverity() { return severity; }
    public Integer getDurationDays() { return durationDays; }
    /** sudden or gradual. */
    public String getOnset() { return onset; }
    /** Swelling, warmth or redness where it hurts. */
    public Boolean getSwelling() { return swelling; }

    /** The case says the pain began suddenly. */
    public boolean isSudden() { return "sudden".equals(onset); }

    /** The case says there is swelling, warmth or redness. */
    public boolean isSwollen() { return Boolean.TRUE.equals(swelling); }

    /** Rated 8 out of 10 or more (contract §7.6, §8.3). */
    public boolean isSevere() { return severity != null && severity >= 8; }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("complaint:");
        if (!quality.isEmpty()) s.append(" ").append(String.join(", ", quality));
        if (severity != null) s.append(", severity ").append(severity).append("/10");
        if (durationDays != null) s.append(", ").append(durationDays).append(" days");
        if (onset != null) s.append(", ").append(onset).append(" onset");
        if (swelling != null) s.append(swelling ? ", swelling" : ", no swelling");
        return s.toString().replace(":,", ":");
    }
}
