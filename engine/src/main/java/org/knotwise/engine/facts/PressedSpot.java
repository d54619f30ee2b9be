package org.knotwise.engine.facts;

/** A spot the person pressed, placed relative to the nearest pain region. */
public class PressedSpot implements Describable {
    private final int index;
    private final String region;
    private final boolean tender;
    private final Boolean goodPain;
    private final Boolean relevant;
    private final boolean bumpOrTwitch;
    private final boolean fibreDirectionKnown;
    private final boolean atPain;
    private final int stepsTowardCentre;

    public PressedSpot(int index, String region, boolean tender, Boolean goodPain, Boolean relevant,
                       boolean bumpOrTwitch, boolean fibreDirectionKnown, boolean atPain, int stepsTowardCentre) {
        this.index = index;
        this.region = region;
        this.tender = tender;
        this.goodPain = goodPain;
        this.relevant = relevant;
        this.bumpOrTwitch = bumpOrTwitch;
        this.fibreDirectionKnown = fibreDirectionKnown;
        this.atPain = atPain;
        this.stepsTowardCentre = stepsTowardCentre;
    }

    /** Position in the case's spots list. */
    public int getIndex() { return index; }
    public String getRegion() { return region; }
    public boolean isTender() { return tender; }
    /** True, false, or null when the person could not tell. */
    public Boolean getGoodPain() { return goodPain; }
    /** True, false, or null when the person could not tell. */
    public Boolean getRelevant() { return relevant; }
    public boolean isBumpOrTwitch() { return bumpOrTwitch; }
    public boolean isFibreDirectionKnown() { return fibreDirectionKnown; }

    /** The person said it feels related to the complaint. */
    public boolean isSurelyRelevant() { return Boolean.TRUE.equals(relevant); }

    /** The person said it does not feel related to the complaint. */
    public boolean isNotRelevant() { return Boolean.FALSE.equals(relevant); }

    /** The person felt the "good pain" mix of soreness and relief. */
    public boolean isGoodPainFelt() { return Boolean.TRUE.equals(goodPain); }

    /**
     * How many of the article's two further signs a tender spot shows: relevance and the good pain
     * (2 high, 1 medium, 0 low confidence, contract §7.3). The strongest spot stands for its region.
     */
    public int getSigns() { return (isSurelyRelevant() ? 1 : 0) + (isGoodPainFelt() ? 1 : 0); }

    /**
     * Which of several counted spots in one region stands for it (contract §8.2): the most signs first;
     * between equals, a relevant one, one whose fibres the person can feel, one without a bump. Spots
     * equal on all of these say the same, so the order the case lists them in never shows.
     */
    public int getStrength() {
        return getSigns() * 8 + (isSurelyRelevant() ? 4 : 0) + (fibreDirectionKnown ? 2 : 0) + (bumpOrTwitch ? 0 : 1);
    }

    /** In one of the complaint's regions. */
    public boolean isAtPain() { return atPain; }

    /** Steps toward the centre from the nearest pain region (negative: farther out). */
    public int getStepsTowardCentre() { return stepsTowardCentre; }

    @Override
    public String describe() {
        StringBuilder s = new StringBuilder("spot ").append(index + 1).append(" at ").append(region).append(':');
        s.append(tender ? " tender" : " not tender");
        if (goodPain != null) s.append(goodPain ? ", good pain" : ", no good pain");
        if (relevant != null) s.append(relevant ? ", relevant" : ", not relevant");
        if (bumpOrTwitch) s.append(", bump or twitch");
        return s.toString();
    }
}
